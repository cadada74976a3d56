typedef [JSDate] DOMString Stamp; // ERROR 10 "[JSDate] applies only to the object type, not DOMString"
typedef [JSDate] object Date;
dictionary D {
  [JSDate] long when; // ERROR 4 "[JSDate] applies only to the object type, not long"
  sequence<[JSDate] any> times; // ERROR 13 "[JSDate] applies only to the object type, not any"
  [JSDate] object? ok;
  Date also;
};
