/**
 * How diagnostics reach the editor, and when.
 *
 * - **Pull** (LSP 3.17 `textDocument/diagnostic`), for a client that can ask, as
 *   VS Code does on open, on each change and on a refresh. Each list the server
 *   gives carries a result id; when the editor asks again and the list is the
 *   one it already holds (the language service returns the same Diagnostic
 *   objects when nothing a user sees changed), the answer is `unchanged`: a
 *   keystroke in a note of a long brief then costs a few bytes instead of
 *   resending hundreds of diagnostics for the editor to parse again.
 * - **Push** (`textDocument/publishDiagnostics` with the version), for every
 *   other client (Neovim 0.7, Eglot, older editors).
 *
 * Both follow the same settings: `validate.trigger` (on type, or only on open
 * and save) and `validate.delay` (the debounce after a keystroke).
 */
import type {
  CancellationToken,
  Connection,
  Diagnostic,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sameElements } from './service/lists';
import { listJson } from './node/publishEncoder';

/** When a document is validated after it is typed in. */
export interface Timing {
  readonly trigger: 'onType' | 'onSave';
  /** Milliseconds of quiet after a keystroke before validating. */
  readonly delay: number;
}

export interface DeliveryHost {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /**
   * The diagnostics of the document's current version; undefined when a newer
   * validation of the same document superseded this one before it finished.
   */
  diagnose(doc: TextDocument): Promise<Diagnostic[] | undefined>;
  /**
   * The list saved in an earlier session for the document's exact text, when it has
   * not been validated since it was opened (node/savedDiagnostics.ts): shown first,
   * while the brief is analysed.
   */
  saved(doc: TextDocument): Promise<Diagnostic[] | undefined>;
  /** Resolves once every message sent so far is written out (a long list leaves in pieces). */
  flushed(): Promise<void>;
  timing(uri: string): Promise<Timing>;
  log(message: string): void;
}

/** What the server does on each document event. */
export interface Delivery {
  /** Opened, or saved: validated now. */
  settle(doc: TextDocument): void;
  /** A new version typed. */
  typed(doc: TextDocument, version: number): void;
  /** Settings or configuration files changed: every open document is validated again. */
  revalidateAll(): void;
  closed(uri: string): void;
}

/** Lets queued messages (newer edits, cancellations) run before a validation blocks the loop. */
const yieldToQueue = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Pushes each version's diagnostics, after the debounce; a newer version supersedes an older one. */
export function pushDelivery(host: DeliveryHost): Delivery {
  const { connection, documents } = host;
  const timers = new Map<string, NodeJS.Timeout>();

  async function publish(uri: string, version: number): Promise<void> {
    const isCurrent = () => documents.get(uri)?.version === version;
    if (!isCurrent()) {
      return; // superseded
    }
    // The settings first (a request to the editor, once per document), so that
    // validations run in the order they were asked for.
    await host.timing(uri);
    // Validation blocks the event loop (seconds for a 10 MB brief): first let the
    // messages already received run, so that newer edits supersede this version
    // instead of being validated one after another.
    await yieldToQueue();
    let doc = documents.get(uri);
    if (!doc || doc.version !== version) {
      return;
    }
    const early = await host.saved(doc);
    if (early && isCurrent()) {
      await connection.sendDiagnostics({ uri, version, diagnostics: early });
      // what arrived meanwhile (a hover, a newer edit) first, as above
      await yieldToQueue();
      doc = documents.get(uri);
      if (!doc || doc.version !== version) {
        return;
      }
    }
    const diagnostics = await host.diagnose(doc);
    if (diagnostics && isCurrent() && !(early && sameDiagnostics(early, diagnostics))) {
      await connection.sendDiagnostics({ uri, version, diagnostics });
    }
  }

  function schedule(doc: TextDocument, delay: number, version = doc.version): void {
    clearTimeout(timers.get(doc.uri));
    timers.delete(doc.uri);
    const run = () => {
      timers.delete(doc.uri);
      publish(doc.uri, version).catch((e: unknown) => host.log(`casefacts: validating ${doc.uri} failed: ${describe(e)}`));
    };
    if (delay <= 0) {
      run();
    } else {
      timers.set(doc.uri, setTimeout(run, delay));
    }
  }

  return {
    settle: (doc) => schedule(doc, 0),
    typed(doc, version) {
      host.timing(doc.uri).then((t) => {
        if (t.trigger === 'onType') {
          schedule(doc, t.delay, version);
        }
      }, (e: unknown) => host.log(`casefacts: settings for ${doc.uri}: ${describe(e)}`));
    },
    revalidateAll() {
      for (const doc of documents.all()) {
        schedule(doc, 0);
      }
    },
    closed(uri) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
  };
}

/**
 * Answers the editor's pulls. `canRefresh`: the client accepts
 * `workspace/diagnostic/refresh`, which asks it to pull every open document again.
 */
export function pullDelivery(host: DeliveryHost, canRefresh: boolean): Delivery {
  const { connection, documents } = host;
  /** Per uri: the version to validate without waiting (opened, saved, settings changed). */
  const settled = new Map<string, number>();
  /** Per uri: the last list given, and its result id. */
  const given = new Map<string, { readonly resultId: string; readonly items: readonly Diagnostic[] }>();
  let nextId = 1;
  /**
   * Result ids are this server's own: an editor that kept the ids of a server before a restart
   * (or before the previous one crashed) must not find one of them meaning another list here.
   */
  const idPrefix = `${Date.now().toString(36)}.${process.pid.toString(36)}.`;

  const refresh = () => {
    if (canRefresh) {
      connection.languages.diagnostics.refresh();
    }
  };

  /** Lists given from what was saved in an earlier session, until the brief is analysed. */
  const previews = new WeakSet<readonly Diagnostic[]>();

  /**
   * The report for a list: `unchanged` when the editor already holds it. A list equal to
   * the saved one given before keeps its result id (the editor holds those diagnostics),
   * under the new objects that later lists are compared with.
   */
  function report(uri: string, items: readonly Diagnostic[] | undefined, previousResultId: string | undefined): DocumentDiagnosticReport {
    let last = given.get(uri);
    if (items && !(last && sameElements(last.items, items))) {
      const same = last !== undefined && previews.has(last.items) && !previews.has(items) && sameDiagnostics(last.items, items);
      last = { resultId: same && last ? last.resultId : `${idPrefix}${nextId++}`, items };
      given.set(uri, last);
    }
    if (!last) {
      return { kind: 'full', items: [] };
    }
    return previousResultId === last.resultId
      ? { kind: 'unchanged', resultId: last.resultId }
      : { kind: 'full', resultId: last.resultId, items: last.items as Diagnostic[] };
  }

  async function answer(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = params.textDocument.uri;
    const previous = params.previousResultId;
    const doc = documents.get(uri);
    if (!doc) {
      return { kind: 'full', items: [] };
    }
    const t = await host.timing(uri);
    if (canRefresh && !given.has(uri)) {
      const early = await host.saved(doc);
      if (early && documents.get(uri)?.version === doc.version) {
        previews.add(early);
        const answered = report(uri, early, previous);
        // the analysis blocks the loop: once this answer, sent after this turn, is out
        setImmediate(() => {
          host.flushed().then(() => confirm(uri, early), () => confirm(uri, early));
        });
        return answered;
      }
    }
    if (settled.get(uri) !== doc.version) {
      if (t.trigger === 'onSave' && given.has(uri)) {
        return report(uri, undefined, previous); // what the last save (or the open) showed, until the next save
      }
      if (t.delay > 0) {
        await sleep(t.delay, token);
      }
    }
    await yieldToQueue();
    if (token.isCancellationRequested) {
      // the editor typed again and will ask again: keep what it has
      return report(uri, undefined, previous);
    }
    const current = documents.get(uri);
    const items = current ? await host.diagnose(current) : undefined;
    if (!documents.get(uri)) {
      // closed while it waited: nothing to remember of it (a record would keep the reopened
      // brief from showing its saved list first)
      return { kind: 'full', items: [] };
    }
    return report(uri, items, previous);
  }

  /** After a saved list was given: the brief analysed, and the editor asked again if its diagnostics differ. */
  function confirm(uri: string, early: readonly Diagnostic[]): void {
    const doc = documents.get(uri);
    if (!doc) {
      return;
    }
    host.diagnose(doc).then((items) => {
      const last = given.get(uri);
      if (!items || last?.items !== early) {
        return; // superseded, or the editor already asked again
      }
      if (report(uri, items, last.resultId).kind === 'full') {
        refresh();
      }
    }, (e: unknown) => host.log(`casefacts: validating ${uri} failed: ${describe(e)}`));
  }

  connection.languages.diagnostics.on(answer);

  return {
    settle(doc) {
      settled.set(doc.uri, doc.version);
      // A save of a brief validated only on save: the editor would not ask by itself.
      host.timing(doc.uri).then((t) => {
        if (t.trigger === 'onSave' && given.has(doc.uri)) {
          refresh();
        }
      }, (e: unknown) => host.log(`casefacts: settings for ${doc.uri}: ${describe(e)}`));
    },
    typed() {
      // the editor pulls after each change it sends
    },
    revalidateAll() {
      for (const doc of documents.all()) {
        settled.set(doc.uri, doc.version);
      }
      refresh();
    },
    closed(uri) {
      settled.delete(uri);
      given.delete(uri);
    },
  };
}

/**
 * Whether two lists are the same diagnostics, as the editor receives them (a saved list,
 * perhaps known by its bytes alone, and a new one): their JSON, made once per diagnostic.
 */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a === b || listJson(a).equals(listJson(b));
}

/** Resolves after `ms`, or as soon as the request is cancelled. */
function sleep(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    const listener = token.onCancellationRequested(done);
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

function describe(e: unknown): string {
  return e instanceof Error ? e.stack ?? e.message : String(e);
}
