dictionary D {};
interface I : D {}; // ERROR 15 "interface I cannot inherit from dictionary D"
dictionary E : I {}; // ERROR 16 "dictionary E cannot inherit from interface I"
interface J : Missing {}; // ERROR 15 "interface J inherits from unknown interface Missing"
dictionary F : Gone {}; // ERROR 16 "dictionary F inherits from unknown dictionary Gone"
