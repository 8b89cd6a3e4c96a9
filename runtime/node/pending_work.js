// Work an invocation started and left running when its response was sent:
// promises not yet settled and timers still armed (ref'd: the ones that keep
// the event loop alive). Lambda freezes the environment once the response is
// sent, so such work runs in a later invoke, or never; a fix that makes it
// appear (a callback handler made async that no longer waits for the event
// loop) changes what the function does even when every response is equal.
//
// Only what the handler's code starts is counted: the handler runs inside
// the invocation's asynchronous context (run), which everything it starts
// inherits, and the runtime client's own work does not.
'use strict';

const asyncHooks = require('async_hooks');

class PendingWork {
  constructor() {
    this.invocation = new asyncHooks.AsyncLocalStorage();
    this.current = undefined; // the invocation being counted
    this.promises = new Set(); // async ids of unsettled promises
    this.timers = [];          // Timeout and Immediate objects
    this.hook = asyncHooks.createHook({
      init: (id, type, _trigger, resource) => {
        if (this.current === undefined || this.invocation.getStore() !== this.current)
          return;
        if (type === 'PROMISE')
          this.promises.add(id);
        else if (type === 'Timeout' || type === 'Immediate')
          this.timers.push(resource);
      },
      promiseResolve: (id) => this.promises.delete(id),
    });
    this.hook.enable();
  }

  // Calls `call` as the start of a new invocation, whose work is counted
  // from now on; nothing of the last one is counted again.
  run(call) {
    this.end();
    this.current = {};
    return this.invocation.run(this.current, call);
  }

  // What the invocation left pending (nothing, asked again); counting stops
  // until the next run().
  end() {
    this.current = undefined;
    // A timer that ran or was cleared is marked destroyed at once (its
    // destroy hook comes later).
    const timers = this.timers.filter((timer) => !timer._destroyed && timer.hasRef()).length;
    const pending = { promises: this.promises.size, timers };
    this.promises.clear();
    this.timers = [];
    return pending;
  }
}

module.exports = { PendingWork };
