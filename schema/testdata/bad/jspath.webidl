namespace Core { // ERROR 11 "namespace Core requires [JSPath], as in [JSPath=\"connect.core\"]"
  undefined f();
};
[JSPath="connect..core"] // ERROR 9 "invalid JS path \"connect..core\" in [JSPath]: want dotted identifiers, as in \"connect.core\""
namespace Two {};
[JSPath="connect.core"] namespace Three {};
[JSPath="connect.core"] namespace Four {}; // ERROR 35 "namespace Four has the same [JSPath] \"connect.core\" as namespace Three at jspath.webidl:6:35"
[JSClass="connect.Agent()"] interface A {}; // ERROR 10 "invalid JS path \"connect.Agent()\" in [JSClass]: want dotted identifiers, as in \"connect.core\""
[JSPath="1st.enum"] enum E { "x" }; // ERROR 9 "invalid JS path \"1st.enum\" in [JSPath]: want dotted identifiers, as in \"connect.core\""
