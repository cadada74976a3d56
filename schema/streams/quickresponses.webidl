// Quick responses: prepared answers an agent can search and insert, served
// from the instance's knowledge base. The functions are static members of
// the connect.QuickResponses class; they call the API proxy directly (the
// CCP client when Streams runs inside the CCP), not the shared worker, and
// are usable once a chat contact has been accepted.

/** The static functions of connect.QuickResponses. */
[Since="2.8.0", JSPath="connect.QuickResponses"]
namespace QuickResponses {
  /**
   * Whether the instance has a knowledge base for quick responses. When it
   * has, the knowledge base is remembered in local storage for later
   * searches. Rejects with the client's error.
   */
  Promise<boolean> isEnabled();

  /**
   * Searches the quick responses. With a contact identifier, the contact's
   * attributes are sent too, to fill in placeholders. Rejects with the
   * client's error.
   */
  Promise<SearchQuickResponsesResult> searchQuickResponses(QuickResponsesQuery params);
};

/** A quick response search. */
[Since="2.8.0"]
dictionary QuickResponsesQuery {
  /** Text to search for. */
  required DOMString query;

  /** Contact whose attributes fill in the responses' placeholders. */
  DOMString contactId;

  /** Token from the previous page of results. */
  DOMString nextToken;

  /** Delay before the search is sent, in milliseconds; 0 sends at once. */
  long debounceMS = 250;

  /** Largest number of results to return. */
  long maxResults;
};

/** One page of quick response search results. */
[Since="2.8.0"]
dictionary SearchQuickResponsesResult {
  /** The quick responses found. */
  required sequence<QuickResponse> results;

  /** Token for the next page, when there is one. */
  DOMString nextToken;
};

/** A prepared answer from the knowledge base. */
[Since="2.8.0"]
dictionary QuickResponse {
  /** ARN of the quick response. */
  required DOMString quickResponseArn;

  /** Identifier of the quick response. */
  required DOMString quickResponseId;

  /** ARN of the knowledge base holding it. */
  required DOMString knowledgeBaseArn;

  /** Identifier of that knowledge base. */
  required DOMString knowledgeBaseId;

  /** Name of the quick response. */
  required DOMString name;

  /** Version of the quick response. */
  DOMString version;

  /** Format of the content. */
  QuickResponseContentType contentType;

  /** Whether the response can be used. */
  QuickResponseStatusType status;

  /** Why the response has its status. */
  DOMString statusReason;

  /** When the response was created, in milliseconds since the Unix epoch. */
  double createdTime;

  /** When it was last changed, in milliseconds since the Unix epoch. */
  double lastModifiedTime;

  /** Title of the response. */
  DOMString title;

  /** The text of the response, in each format. */
  QuickResponseContents contents;

  /** Description of the response. */
  DOMString description;

  /** Who may see the response. */
  QuickResponseGroupingConfiguration groupingConfiguration;

  /** Keyboard shortcut that inserts the response. */
  DOMString shortcutKey;

  /** Who last changed it. */
  DOMString lastModifiedBy;

  /** Whether the response is active. */
  boolean isActive;

  /** The channels the response is meant for. */
  sequence<QuickResponseChannelType> channels;

  /** Language code of the response. */
  DOMString language;

  /** Tags of the response. */
  sequence<DOMString?> tags;
};

/** The text of a quick response in each format. */
[Since="2.8.0"]
dictionary QuickResponseContents {
  /** The plain-text form. */
  QuickResponseContent plainText;

  /** The Markdown form. */
  QuickResponseContent markdown;
};

/** The text of a quick response in one format. */
[Since="2.8.0"]
dictionary QuickResponseContent {
  /** The text. */
  DOMString content;
};

/** Who may see a quick response. */
[Since="2.8.0"]
dictionary QuickResponseGroupingConfiguration {
  /** What the values are matched against. */
  DOMString criteria;

  /** The values; entries may be null. */
  sequence<DOMString?> values;
};

/** Format of a quick response's content, as the official typings list them. */
[Since="2.8.0"]
enum QuickResponseContentType {
  /** Markdown text. */
  "markdown",
  /** Plain text. */
  "plainText"
};

/** Whether a quick response can be used. */
[Since="2.8.0"]
enum QuickResponseStatusType {
  /** Usable. */
  "active",
  /** Not usable. */
  "inactive"
};

/** Channel a quick response is meant for, spelt as the official typings list them. */
[Since="2.8.0"]
enum QuickResponseChannelType {
  /** Chats. */
  "Chat",
  /** Emails. */
  "email",
  /** Calls. */
  "voice",
  /** Tasks. */
  "tasks"
};
