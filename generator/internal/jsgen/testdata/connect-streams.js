// A stand-in for connect-streams.js: a script that defines the global connect.
(function () {
  var global = this || globalThis;
  var connect = global.connect || {};
  global.connect = connect;
  connect.version = "stub";
})();
