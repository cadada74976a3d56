interface A {
  undefined f(optional long a, long b); // ERROR 37 "required argument b follows optional argument a"
  undefined g(long... a, long b); // ERROR 19 "variadic argument a must be the last argument"
  undefined h(optional long a, long... b);
  undefined i(optional long a, optional long b);
};
