// The export path may be nested: nested.handlers.main.
exports.handlers = { main: async () => 'nested' };
exports.notAFunction = 7;
