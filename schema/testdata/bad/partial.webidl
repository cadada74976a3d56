partial interface Nowhere {}; // ERROR 19 "partial interface Nowhere has no main definition"
partial dictionary Missing {}; // ERROR 20 "partial dictionary Missing has no main definition"
interface I {};
partial dictionary I {}; // ERROR 20 "partial dictionary I: I is defined as an interface"
[JSClass="x.Y"] partial interface I {}; // ERROR 2 "[JSClass] does not apply to a partial definition"
