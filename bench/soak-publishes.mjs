// What the soak client (soak.mjs) makes of each publishDiagnostics it receives: which
// of them are a server's mistake. Apart from soak.mjs so that its verdicts can be tested
// on the sequences a real server sends (test/robustness/soak.test.ts).
//
// A server reads the client's messages in order and writes its own in order, but the two
// streams cross: what the server sent before it read a didClose arrives after the client
// sent it. A close is answered by an empty list without a version (the server clears the
// editor's diagnostics of the brief), so a publish that arrives between a didClose and
// that empty list is one the server sent while the brief was still open — of the closed
// version or an earlier one, even when the brief has been opened again meanwhile (its
// versions start at 1 again). Only what comes after the empty list is about the brief as
// the client has it now.

/**
 * @param {object} o
 * @param {boolean} o.pull the client pulls: the server must push nothing to an open brief
 * @param {Map<string, object>} o.docs the client's documents by uri (soak.mjs: `open`, `version`, `text` …)
 * @param {(what: string, detail: object) => void} o.problem reports a server's mistake
 * @param {() => number} o.settingsEpoch bumped by the client on each change of settings
 * @param {(doc: object, diagnostics: object[]) => void} o.checkRanges checks a current version's ranges against its text
 */
export function publishChecks({ pull, docs, problem, settingsEpoch, checkRanges }) {
  /** Publishes that crossed a didClose (`beforeClose`), and those of them with diagnostics. */
  const counts = { beforeClose: 0, beforeCloseWithDiagnostics: 0 };
  /** Publishes received so far (`doc.pushed.seq`: the how-manieth its list was). */
  let seq = 0;
  /**
   * How many had been received when the server answered a request sent right after the last
   * change of settings. It reads in order, and validates on its main thread what it has read:
   * a list received after that answer follows the new settings (a brief in a worker may still
   * send one validation under the old ones first). Until the answer, none is known to.
   */
  let settingsReadAt = 0;
  const underSettingsNow = (doc) => doc.pushed !== undefined && doc.pushed.seq > settingsReadAt;
  return {
    counts,
    /** The client sent didOpen for `doc` (version 1): nothing published for it yet. */
    opened(doc) {
      doc.pushed = undefined;
      doc.firstList = undefined;
      doc.openedEpoch = settingsEpoch();
    },
    /** The client sent a change of settings (and bumped `settingsEpoch`). */
    settingsChanged() {
      settingsReadAt = Infinity;
    },
    /** The server answered a request the client sent right after its last change of settings. */
    settingsRead() {
      settingsReadAt = seq;
    },
    underSettingsNow,
    /** The list held for `doc` is its version's, made under the settings now (as far as the client can tell). */
    current: (doc) => doc.pushed?.version === doc.version && underSettingsNow(doc),
    /** The client sends didClose for `doc` (at its version now). */
    closing(doc) {
      if (!pull) {
        (doc.closes ??= []).push({ version: doc.version, pushed: doc.pushed?.version });
      }
    },
    /** The documents whose didClose the server has not answered with its empty list. */
    uncleared() {
      return [...docs.values()].filter((d) => d.closes?.length > 0);
    },
    publish(p) {
      seq++;
      const doc = docs.get(p.uri);
      if (!doc) {
        problem('publish for a document never opened', { uri: p.uri });
        return;
      }
      const closed = doc.closes?.[0];
      if (closed) {
        if (p.version === undefined && p.diagnostics.length === 0) {
          doc.closes.shift(); // the server read the close
          return;
        }
        // sent before the server read the close: about the text closed, whose versions it must still respect
        counts.beforeClose++;
        counts.beforeCloseWithDiagnostics += p.diagnostics.length > 0 ? 1 : 0;
        if (p.version === undefined) {
          problem('diagnostics without a version for a document open when they were sent', { uri: p.uri, n: p.diagnostics.length });
        } else if (p.version > closed.version) {
          problem('diagnostics for a version not sent yet', { uri: p.uri, version: p.version, current: closed.version, closing: true });
        } else if (closed.pushed !== undefined && p.version < closed.pushed) {
          problem('diagnostics went back a version', { uri: p.uri, version: p.version, after: closed.pushed, closing: true });
        } else {
          closed.pushed = p.version;
        }
        return;
      }
      if (!doc.open) {
        if (p.diagnostics.length > 0) {
          problem('diagnostics published for a closed document', { uri: p.uri, version: p.version, n: p.diagnostics.length });
        }
        return;
      }
      if (p.version === undefined) {
        problem('diagnostics without a version for an open document', { uri: p.uri, n: p.diagnostics.length });
        return;
      }
      if (pull) {
        problem('pushed diagnostics to a pull client', { uri: p.uri });
      }
      if (p.version > doc.version) {
        problem('diagnostics for a version not sent yet', { uri: p.uri, version: p.version, current: doc.version });
      }
      if (doc.pushed && p.version < doc.pushed.version) {
        problem('diagnostics went back a version', { uri: p.uri, version: p.version, after: doc.pushed.version });
      }
      if (p.version === 1 && doc.openedEpoch === settingsEpoch()) {
        // a second list for the version opened, under the same settings: the saved list shown
        // first (node/savedDiagnostics.ts) was not the analysis of that text. Not after a change
        // of settings: a list the server made under the settings before may still be on its way.
        const json = JSON.stringify(p.diagnostics);
        if (doc.firstList && doc.firstList.json !== json) {
          problem('the list shown on opening was replaced under the same settings', { uri: p.uri, first: doc.firstList.n, then: p.diagnostics.length });
        }
        doc.firstList = { json, n: p.diagnostics.length };
      }
      doc.pushed = { version: p.version, diagnostics: p.diagnostics, at: performance.now(), seq };
      if (p.version === doc.version) {
        checkRanges(doc, p.diagnostics);
      }
    },
  };
}
