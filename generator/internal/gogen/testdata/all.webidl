// Every type kind and call shape the Go emitter handles.

typedef [JSDate] object Date;

/** A namespace with every call shape. */
[JSPath="lib.core", Since="1.0.0"]
namespace Core {
  /** The library version. */
  readonly attribute DOMString version;

  /** A plain call taking every argument form. */
  undefined init(object container, Options options, optional Options? extra, optional DOMString label, optional long retries);

  /** A promise call. */
  Promise<Handle?> fetchHandle(optional long timeoutMs = 1000);

  /** A promise without a value. */
  Promise<undefined> flush();

  /** A union with a handle alternative. */
  undefined show((Handle or DOMString) what);

  /** A variadic call. */
  sequence<Leaf> list(DOMString... names);

  [Event="core::ready"] undefined onReady(ReadyHandler handler);

  [Deprecated="1.2.0", Replacement="init", GoName=Start] undefined start();

  [Removed="1.1.0"] undefined gone();
};

/** Called with nothing. */
callback ReadyHandler = undefined ();

/** Called with two values. */
callback PairHandler = undefined (Handle handle, Record? record);

/** Called with one value. */
callback HandleHandler = undefined (Handle handle);

/** A root handle. */
[JSClass="lib.Base"]
interface Base {
  DOMString getName();
  readonly attribute Date created;
};

/** A derived handle. */
[JSClass="lib.Handle"]
interface Handle : Base {
  undefined setKind(Kind kind, [Callbacks] Promise<undefined> callbacks, optional Options options);
  undefined fetchRecord(DOMString id, [Callbacks] Promise<Record> callbacks);
  Record getRecord();
  Record? getMaybeRecord();
  sequence<Record> getRecords();
  record<DOMString, long> getCounts();
  (DOMString or long) getUnion();
  undefined setTargets(Targets targets, optional (Kind or sequence<Kind> or Record or Date)? filter);
  (Kind or sequence<Kind> or Record or Date)? getFilter();
  any getAny();
  boolean? isMaybe();
  double getRatio();
  Date getWhen();
  sequence<Handle> getChildren();
  Handle? getParent();
  sequence<Kind> getKinds();
  [Event="handle::pair"] undefined onPair(PairHandler handler);
  [Event] undefined onSelf(HandleHandler handler);
};

/** Where to send something: one id or many. */
typedef (DOMString or sequence<DOMString>) Targets;

/** Kinds, with a renamed value. */
[JSPath="lib.Kind"]
enum Kind {
  "plain",
  "not_plain",
  [Name=SPECIAL] "lib::special",
  [Deprecated="1.3.0"] "old",
  [Removed="1.1.0"] "older"
};

/** An output record. */
dictionary Record {
  required DOMString id;
  Kind kind;
  Date at;
  double? score;
  long count;
  sequence<DOMString> tags;
  record<DOMString, Leaf> leaves;
  Leaf leaf;
  Handle owner;
};

/** A nested record. */
dictionary Leaf {
  DOMString name;
};

/** Options, passed to JS. */
dictionary Options : BaseOptions {
  required DOMString url;
  boolean flag;
  long timeout;
  Kind kind;
  Leaf nested;
  sequence<Kind> kinds;
  record<DOMString, DOMString> headers;
  Date since;
  any extra;
  Targets to;
};

/** Inherited options. */
dictionary BaseOptions {
  DOMString region;
};
