callback H = undefined (long x);
interface A {
  [Event="a"] undefined onA(H h, H h2); // ERROR 25 "[Event] operation onA must take exactly one argument, of a non-nullable callback type"
  [Event] undefined onB(long x); // ERROR 21 "[Event] operation onB must take exactly one argument, of a non-nullable callback type"
  [Event] undefined onC(); // ERROR 21 "[Event] operation onC must take exactly one argument, of a non-nullable callback type"
  [Event] undefined onD(H? h); // ERROR 21 "[Event] operation onD must take exactly one argument, of a non-nullable callback type"
  [Event] undefined onE([Callbacks] Promise<long> h); // ERROR 21 "[Event] operation onE must take exactly one argument, of a non-nullable callback type" ERROR 26 "[Callbacks] cannot be used in an [Event] operation"
  [Event] undefined onF(H h);
};
