// Must not type-check: wasm is required (line 4) and argv holds strings (line 5).
import { load } from "./loader.esm.js";

load({});
load({ wasm: "main.wasm", argv: [1] });
