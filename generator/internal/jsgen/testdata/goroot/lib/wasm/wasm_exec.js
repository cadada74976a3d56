// A stand-in for Go's lib/wasm/wasm_exec.js, so that the goldens do not
// change with the Go toolchain. It defines the parts of globalThis.Go that
// the loader uses.
"use strict";

(() => {
	globalThis.Go = class {
		constructor() {
			this.argv = ["js"];
			this.env = {};
			this.exit = (code) => {};
			this.importObject = { gojs: {} };
			this._scheduledTimeouts = new Map();
		}

		async run(instance) {
			this.exit(0);
		}
	};
})();
