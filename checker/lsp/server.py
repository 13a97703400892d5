"""`claimcheck lsp`: a language server (pygls 2, stdio) for Markdown, HTML and plain text.

Diagnostics on open, on change (debounced) and on save: the exact range of each finding,
its severity, code = fact id, a codeDescription link, and the message. Code actions: apply
the rewrite, add an inline suppression comment for the line, disable the fact in the nearest
configuration file. Hover on a finding shows `claimcheck explain`. Options come from the
same .claimcheck.yaml / pyproject.toml discovery as the CLI. Checks go through the Python
API (checker.api.Checker), which loads the model once.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument

from checker import __version__
from checker.api import Checker
from checker.config import PYPROJECT, YAML_CONFIG, find_config_file, settings_for
from checker.errors import ClaimcheckError
from checker.fixes import rewrite_edit
from checker.lsp.edits import TextEdit, ignore_edit, suppression_edit
from checker.model import FileReport, Finding, Severity

SOURCE = "claimcheck"
DISABLE_COMMAND = "claimcheck.disableFact"
FACT_URL = "https://github.com/claimcheck/claimcheck/blob/main/rules/facts.yaml#:~:text=id%3A%20{id}"
LANGUAGES = {"markdown": "markdown", "html": "html", "plaintext": "text", "text": "text"}
SEVERITIES = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
              Severity.INFO: types.DiagnosticSeverity.Information}


class ClaimcheckServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("claimcheck", __version__)
        self.debounce = 0.5            # seconds after the last change (initializationOptions.debounce)
        self.fact_url = FACT_URL       # initializationOptions.factUrl, with {id}
        self.root: Path | None = None
        self._checker: Checker | None = None
        self._checker_lock = threading.Lock()
        self._pending: dict[str, asyncio.Task] = {}
        # uri -> (version, source, report) of the last check, for code actions and hover
        self.results: dict[str, tuple[int | None, str, FileReport]] = {}
        self._warned: set[str] = set()

    # ---------------------------------------------------------------- checking

    def checker(self) -> Checker:
        """The Checker, built on first use with the workspace's model and extra rules."""
        with self._checker_lock:
            if self._checker is None:
                settings = settings_for(self.root or Path.cwd())
                self._checker = Checker(model=settings.config.model, extra_rules=settings.config.extra_rules)
            return self._checker

    def check_document(self, document: TextDocument) -> FileReport:
        """Check the open text of ``document`` with the configuration that applies to its path."""
        checker = self.checker()
        path = _path(document.uri)
        fmt = None
        if Path(path).suffix.lower() not in (".md", ".markdown", ".mdx", ".html", ".htm", ".txt", ".text"):
            fmt = LANGUAGES.get(document.language_id or "", None)
        config = checker.options_for(path) if Path(path).is_absolute() else None
        return checker.check_text(document.source, path, format=fmt, config=config)

    async def publish(self, uri: str) -> None:
        document = self.workspace.get_text_document(uri)
        version, source = document.version, document.source
        try:
            report = await asyncio.to_thread(self.check_document, document)
        except ClaimcheckError as exc:  # a broken configuration file or option: one line, once
            message = f"claimcheck: {exc}"
            if message not in self._warned:
                self._warned.add(message)
                self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=message))
            return
        self._warned.clear()
        current = self.workspace.get_text_document(uri)
        if current.version != version or current.source != source:
            return  # edited meanwhile; the next check publishes
        self.results[uri] = (version, source, report)
        diagnostics = [self.diagnostic(f, current) for f in report.findings]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, replacing a check still waiting."""
        waiting = self._pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()

        async def later() -> None:
            await asyncio.sleep(delay)
            self._pending.pop(uri, None)
            await self.publish(uri)

        self._pending[uri] = asyncio.get_running_loop().create_task(later())

    # ---------------------------------------------------------------- conversions

    def diagnostic(self, finding: Finding, document: TextDocument) -> types.Diagnostic:
        return types.Diagnostic(
            range=self.range_of(finding, document), severity=SEVERITIES[finding.severity], code=finding.fact,
            code_description=types.CodeDescription(href=self.fact_url.format(id=finding.fact)),
            source=SOURCE, message=finding.message + (f"\nSuggestion: {finding.suggestion}" if finding.suggestion else ""),
            data={"fact": finding.fact, "start": finding.start, "end": finding.end})

    def range_of(self, finding: Finding, document: TextDocument) -> types.Range:
        """The finding's 1-based line/column (code points, end exclusive) as an LSP range in
        the client's position encoding (UTF-16 unless negotiated otherwise)."""
        return self.to_client(document, types.Range(
            start=types.Position(line=finding.line - 1, character=finding.column - 1),
            end=types.Position(line=finding.end_line - 1, character=finding.end_column - 1)))

    def to_client(self, document: TextDocument, server_range: types.Range) -> types.Range:
        return document.position_codec.range_to_client_units(document.lines, server_range)

    def offsets_range(self, document: TextDocument, start: int, end: int) -> types.Range:
        return self.to_client(document, types.Range(start=_position(document.source, start),
                                                    end=_position(document.source, end)))

    def findings_at(self, uri: str, document: TextDocument, position: types.Position) -> list[Finding]:
        version, source, report = self.results.get(uri, (None, "", FileReport(path="")))
        if source != document.source:
            return []
        out = []
        for f in report.findings:
            r = self.range_of(f, document)
            if (r.start.line, r.start.character) <= (position.line, position.character) <= (r.end.line, r.end.character):
                out.append(f)
        return out

    def finding_for(self, uri: str, document: TextDocument, diagnostic: types.Diagnostic) -> Finding | None:
        version, source, report = self.results.get(uri, (None, "", FileReport(path="")))
        if source != document.source:
            return None
        for f in report.findings:
            if f.fact == diagnostic.code and self.range_of(f, document) == diagnostic.range:
                return f
        return None

    def workspace_edit(self, document: TextDocument, edits: list[TextEdit]) -> types.WorkspaceEdit:
        return types.WorkspaceEdit(changes={document.uri: [
            types.TextEdit(range=self.offsets_range(document, e.start, e.end), new_text=e.text) for e in edits]})


server = ClaimcheckServer()


def _path(uri: str) -> str:
    return to_fs_path(uri) or uri


def _position(source: str, offset: int) -> types.Position:
    """Code-point offset -> 0-based line and code-point column."""
    line = source.count("\n", 0, offset)
    start = source.rfind("\n", 0, offset) + 1
    return types.Position(line=line, character=offset - start)


def _is_config(uri: str) -> bool:
    return Path(_path(uri)).name in (YAML_CONFIG, PYPROJECT)


# ---------------------------------------------------------------- lifecycle and documents

@server.feature(types.INITIALIZE)
def initialize(ls: ClaimcheckServer, params: types.InitializeParams) -> None:
    folders = params.workspace_folders or []
    root = folders[0].uri if folders else params.root_uri
    ls.root = Path(_path(root)) if root else None
    options = params.initialization_options if isinstance(params.initialization_options, dict) else {}
    if isinstance(options.get("debounce"), (int, float)):
        ls.debounce = max(0.0, float(options["debounce"]))
    if isinstance(options.get("factUrl"), str) and "{id}" in options["factUrl"]:
        ls.fact_url = options["factUrl"]


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: ClaimcheckServer, params: types.DidOpenTextDocumentParams) -> None:
    if not _is_config(params.text_document.uri):
        await ls.publish(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: ClaimcheckServer, params: types.DidChangeTextDocumentParams) -> None:
    if not _is_config(params.text_document.uri):
        ls.schedule(params.text_document.uri, ls.debounce)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: ClaimcheckServer, params: types.DidSaveTextDocumentParams) -> None:
    if _is_config(params.text_document.uri):  # a configuration file changed: check every open document again
        for uri in list(ls.workspace.text_documents):
            if not _is_config(uri):
                ls.schedule(uri, 0)
        return
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ClaimcheckServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    waiting = ls._pending.pop(uri, None)
    if waiting is not None:
        waiting.cancel()
    ls.results.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


# ---------------------------------------------------------------- hover and code actions

@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: ClaimcheckServer, params: types.HoverParams) -> types.Hover | None:
    document = ls.workspace.get_text_document(params.text_document.uri)
    found = ls.findings_at(params.text_document.uri, document, params.position)
    if not found:
        return None
    parts, checker = [], ls.checker()
    for f in found:
        parts.append(f"**{f.fact}** ({f.severity.value}): {f.message}\n\n{checker.explain(f.fact)}")
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(parts)),
                       range=ls.range_of(found[0], document))


@server.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=False))
def code_action(ls: ClaimcheckServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    uri = params.text_document.uri
    document = ls.workspace.get_text_document(uri)
    actions: list[types.CodeAction] = []
    for diagnostic in params.context.diagnostics:
        if diagnostic.source != SOURCE:
            continue
        finding = ls.finding_for(uri, document, diagnostic)
        if finding is None:
            continue
        edit = rewrite_edit(finding, document.source)
        if edit is not None:
            actions.append(types.CodeAction(
                title=f"Rewrite: {edit.text}", kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                is_preferred=True,
                edit=ls.workspace_edit(document, [TextEdit(start=edit.start, end=edit.end, text=edit.text)])))
        actions.append(types.CodeAction(
            title=f"Suppress {finding.fact} on this line (inline comment)", kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=ls.workspace_edit(document, [suppression_edit(document.source, finding.line, finding.fact)])))
        config, _ = find_config_file(Path(_path(uri)).parent)
        where = config.name if config else f"a new {YAML_CONFIG}"
        actions.append(types.CodeAction(
            title=f"Disable {finding.fact} in {where}", kind=types.CodeActionKind.QuickFix, diagnostics=[diagnostic],
            command=types.Command(title=f"Disable {finding.fact}", command=DISABLE_COMMAND,
                                  arguments=[uri, finding.fact])))
    return actions


@server.command(DISABLE_COMMAND)
async def disable_fact(ls: ClaimcheckServer, *args: Any) -> str:
    """Add the fact to ``ignore`` in the nearest configuration file (a new .claimcheck.yaml in
    the workspace root, or the document's folder, when there is none), then check again."""
    uri, fact_id = (args[0] if len(args) == 1 and isinstance(args[0], list) else args)[:2]
    folder = Path(_path(uri)).parent
    found, _ = find_config_file(folder)
    target = found or (ls.root if ls.root and folder.is_relative_to(ls.root) else folder) / YAML_CONFIG
    try:
        source = target.read_text(encoding="utf-8") if target.is_file() else ""
        edit = ignore_edit(target.name, source, str(fact_id))
        if edit is not None:
            target.write_text(edit.apply(source), encoding="utf-8")
    except OSError as exc:
        ls.window_show_message(types.ShowMessageParams(
            type=types.MessageType.Error, message=f"claimcheck: {target}: cannot write: {exc.strerror or exc}"))
        return ""
    for open_uri in list(ls.workspace.text_documents):
        if not _is_config(open_uri):
            await ls.publish(open_uri)
    return str(target)


def main() -> None:
    server.start_io()
