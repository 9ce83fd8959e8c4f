"""The `plainsight` command (also `python -m plainsight_strategy`): new, check, build,
serve, urls, customise, survey, translate.

    plainsight new DIR       write a starter site into a new folder
    plainsight check         check content and data; list every problem; warn of starter text
    plainsight build         check, then build into site/ (the old site stays on failure)
    plainsight serve         preview at http://127.0.0.1:8000/, rebuilding on every save
    plainsight urls          print every public URL
    plainsight customise [NAME]  copy a page template (or "pictograms") into the site's own
                             theme folder to edit there; without NAME, list the names
    plainsight survey columns EXPORT   list an export's columns by the names survey.yaml
                             uses, with their most frequent answers (personal data never shown)
    plainsight survey draft EXPORT     write a first content/consultation/survey.yaml for an
                             export in the data folder (--output FILE to write it elsewhere)
    plainsight translate export --lang CODE --output FILE.xlf [--all]
                             an XLIFF 1.2 file of the text not yet translated (or all of it)
    plainsight translate import FILE.xlf   store a translator's XLIFF
    plainsight translate status [--verbose]   how much is translated in each language
    plainsight translate wording --lang CODE   the site's catalogue of the package's own
                             wording in that language, made or brought up to date (PO)
    plainsight --version

check, build and urls read the project from mkdocs.yml when there is one (the plugin's
content_dir, data_dir and branding); --content/--data/--theme name the folders instead.

Public API: main(argv=None) -> exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .core import urls
from .core.problems import ContentError
from .customise import CustomiseRefused, customise, names
from .pipeline import Project, check, generate, packaged_theme
from .starter import StarterRefused, create, leftovers


def package_version() -> str:
    try:
        return version("plainsight-strategy")
    except PackageNotFoundError:
        return "unknown (not installed)"


def _project(args: argparse.Namespace) -> Project:
    """From mkdocs.yml when there is one and no folder was named; else from the options."""
    config_file = Path(getattr(args, "config_file", None) or "mkdocs.yml")
    if args.content is None and args.data is None and args.theme is None \
            and config_file.is_file():
        from mkdocs.config import load_config
        from mkdocs.exceptions import ConfigurationError

        from .plugin import project_of
        try:
            config = load_config(str(config_file))
        except ConfigurationError as err:
            raise SystemExit(f"{config_file}: {err}") from None
        plugin = config.plugins.get("plainsight")
        if plugin is not None:
            return project_of(config, plugin.config)  # type: ignore[attr-defined]
    return Project(Path(args.content or "content"), Path(args.data or "data"),
                   Path(args.theme) if args.theme else packaged_theme(),
                   cache_dir=Path(".cache/plainsight"))


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's notice is not for comms teams
    parser = argparse.ArgumentParser(prog="plainsight",
                                     description="Start, check, build and preview a Plainsight "
                                                 "strategy site.")
    parser.add_argument("--version", action="version",
                        version=f"plainsight {package_version()}")
    parser.add_argument("--content", default=None, help="content folder (default: content)")
    parser.add_argument("--data", default=None, help="data folder (default: data)")
    parser.add_argument("--theme", default=None,
                        help="theme folder with the page templates (default: the packaged one)")
    commands = parser.add_subparsers(dest="command", required=True)
    new_cmd = commands.add_parser("new", help="write a starter site into a new, empty folder")
    new_cmd.add_argument("folder")
    check_cmd = commands.add_parser("check",
                                    help="check content and data without building; list every "
                                         "problem")
    build_cmd = commands.add_parser("build", help="check, then build the site into site/")
    serve_cmd = commands.add_parser("serve", help="preview the site, rebuilding as files change")
    urls_cmd = commands.add_parser("urls", help="print every public URL the site publishes")
    own_cmd = commands.add_parser("customise", help="copy a page template into your own theme "
                                                    "folder to change its wording")
    own_cmd.add_argument("name", nargs="?", help="the template (without NAME: list them)")
    survey_cmd = _survey_parser(commands)
    translate_cmd = _translate_parser(commands)
    for cmd in (check_cmd, build_cmd, serve_cmd, urls_cmd, own_cmd, survey_cmd, translate_cmd):
        cmd.add_argument("--config-file", default="mkdocs.yml")
    build_cmd.add_argument("--site-dir", default=None)
    serve_cmd.add_argument("--dev-addr", default=None, help="address:port (default 127.0.0.1:8000)")
    args = parser.parse_args(argv)

    try:
        if args.command == "new":
            return _new(Path(args.folder))
        if args.command == "check":
            for note in check(_project(args)):
                print(f"warning: {note}", file=sys.stderr)
            left = leftovers(Path(args.config_file).resolve().parent)
            for line in left:
                print(f"warning: starter text still to replace: {line}", file=sys.stderr)
            print("No problems found." + (f" {len(left)} pieces of starter text are still to "
                                          "replace." if left else ""))
        elif args.command == "urls":
            bundle = generate(_project(args))
            for src in sorted(urls.url(s) for s in bundle.srcs()):
                print(src)
        elif args.command == "serve":
            return _serve(Path(args.config_file), args.dev_addr)
        elif args.command == "customise":
            return _customise(args)
        elif args.command == "survey":
            return _survey(args)
        elif args.command == "translate":
            return _translate(args)
        else:
            return _build(Path(args.config_file), args.site_dir)
    except ContentError as err:
        print(err.report(), file=sys.stderr)
        return 1
    return 0


def _survey_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    survey_cmd = commands.add_parser("survey", help="help with a survey export: list its "
                                                    "columns, draft its survey.yaml")
    actions = survey_cmd.add_subparsers(dest="action", required=True)
    columns_cmd = actions.add_parser("columns", help="list the export's columns by the names "
                                                     "survey.yaml uses, with their answers")
    draft_cmd = actions.add_parser("draft", help="write a draft survey.yaml for the export")
    draft_cmd.add_argument("--output", default=None,
                           help="where to write it (default: content/consultation/survey.yaml)")
    for cmd in (columns_cmd, draft_cmd):
        cmd.add_argument("export", help="the export, as the survey tool saved it")
        cmd.add_argument("--header-rows", type=int, choices=(1, 2, 3), default=None,
                         help="how many header rows it has (default: recognised)")
    return survey_cmd


def _survey(args: argparse.Namespace) -> int:
    from .consultation.drafting import columns_text, write_draft
    from .core.problems import Problems
    problems = Problems()
    export = Path(args.export)
    if args.action == "columns":
        text = columns_text(export, args.export, problems, args.header_rows)
        if text is not None:
            print(text, end="")
    else:
        project = _project(args)
        output = Path(args.output) if args.output else \
            project.content_dir / "consultation" / "survey.yaml"
        written = write_draft(export, project.data_dir, output, problems, args.header_rows)
        if written is not None:
            print(f"Wrote a draft survey definition to {written}. Read every '# check:' "
                  "comment in it, then run: plainsight check")
    if problems:
        print(ContentError(problems.items).report(), file=sys.stderr)
        return 1
    return 0


def _translate_parser(commands: argparse._SubParsersAction) -> argparse.ArgumentParser:
    cmd = commands.add_parser("translate", help="exchange translations with a supplier "
                                                "(XLIFF) and see what is translated")
    actions = cmd.add_subparsers(dest="action", required=True)
    export = actions.add_parser("export", help="write an XLIFF 1.2 file of the text that has "
                                               "no current translation")
    export.add_argument("--lang", required=True, help="the language code, e.g. cy")
    export.add_argument("--output", required=True, help="the file to write, e.g. cy.xlf")
    export.add_argument("--all", action="store_true",
                        help="every text, translated or not (for a full review)")
    into = actions.add_parser("import", help="store the translations of an XLIFF file")
    into.add_argument("file", help="the XLIFF file the translator sent back")
    status = actions.add_parser("status", help="how much is translated in each language")
    status.add_argument("--verbose", action="store_true",
                        help="list every missing and out-of-date text")
    wording = actions.add_parser("wording", help="write the PO file of the words Plainsight "
                                                 "puts on every page, to translate")
    wording.add_argument("--lang", required=True, help="the language code, e.g. cy")
    return cmd


def _translate(args: argparse.Namespace) -> int:
    from .core.problems import Problems
    from .translation.exchange import export, import_xliff
    project = _project(args)
    problems = Problems()
    problems.extend(project.settings_problems)
    site = project.translation_site
    if not problems and not site.languages:
        problems.add(str(args.config_file), "the site has no other languages",
                     hint="add them under the plainsight plugin: languages: - {code: cy, "
                          "name: Cymraeg, mode: complete}")
    if problems:
        raise ContentError(problems.items)
    if args.action == "export":
        data = export(site, args.lang, args.all, problems)
        if data is not None:
            Path(args.output).write_bytes(data)
            count = data.count(b"<trans-unit ")
            print(f"Wrote {count} text{'s' if count != 1 else ''} to translate into "
                  f"{args.output}.")
    elif args.action == "import":
        path = Path(args.file)
        try:
            data = path.read_bytes()
        except OSError as err:
            problems.add(args.file, f"cannot read the file: {err.strerror}")
            raise ContentError(problems.items) from None
        done = import_xliff(site, data, args.file, problems)
        if done is not None:
            _print_import(done, site.store_name(done.language))
            return 1 if done.not_stored else 0
    elif args.action == "wording":
        _wording(project, args.lang, str(args.config_file), problems)
    else:
        _print_status(project, problems, args.verbose)
    if problems:
        raise ContentError(problems.items)
    return 0


def _wording(project: Project, code: str, config: str, problems) -> None:  # type: ignore[no-untyped-def]
    from .site.catalogues import prepare, site_catalogue
    if code not in {lang.code for lang in project.languages}:
        problems.add(config, f"{code!r} is not one of the site's languages",
                     hint="add it under the plainsight plugin's languages: first")
        return
    path = site_catalogue(project.content_dir, code)
    total, done = prepare(path, code, project.own_words())
    shown = path.relative_to(project.folder) if path.is_relative_to(project.folder) else path
    print(f"Wrote {shown}: {done} of {total} of Plainsight's own words translated. Send it "
          "to your translator (it is a PO file, which Poedit, Trados, memoQ and Weblate open) "
          "and put what comes back in its place.")


def _print_import(done, store: str) -> None:  # type: ignore[no-untyped-def]
    print(f"Stored {done.stored} {done.language.name} translation"
          f"{'s' if done.stored != 1 else ''} in {store}.")
    if done.skipped:
        print(f"{len(done.skipped)} not translated yet (left out):")
        print("".join(f"  {line}\n" for line in done.skipped), end="")
    if done.not_stored:
        print(f"{len(done.not_stored)} not stored:", file=sys.stderr)
        print("".join(f"  {line}\n" for line in done.not_stored), end="", file=sys.stderr)


def _print_status(project: Project, problems, verbose: bool) -> None:  # type: ignore[no-untyped-def]
    from .site.catalogues import messages, missing
    from .translation.status import read_coverage
    site = project.translation_site
    total = messages()
    for found in read_coverage(site.root, site.content_dir, site.languages, problems):
        lang = found.language
        print(f"{lang.name} ({lang.code}, {lang.mode}): {found.current} of {found.total} "
              f"texts translated and up to date ({found.percent:.0f}%); "
              f"{len(found.missing)} missing, {len(found.stale)} out of date")
        for label, segments in (("missing", found.missing), ("out of date", found.stale)):
            if verbose:
                for segment in segments:
                    print(f"  {label}: {segment.where}: {segment.field}")
        own = project.own_words()
        left = missing(lang.code, project.interface_catalogues(lang.code), own)
        wording = [message for message in left if message not in own]
        print(f"  Plainsight's own words: {total - len(wording)} of {total} translated"
              + ("" if lang.complete or not wording else
                 " (the rest are shown in the original language, marked)"))
        if verbose:
            for message in wording:
                print(f"  missing: Plainsight's words {message!r}")
        for words in left[len(wording):]:
            print(f"  not translated: mkdocs.yml's {words!r} (plainsight translate wording "
                  f"--lang {lang.code} puts it in the catalogue)")
        if found.unused:
            print(f"  {len(found.unused)} stored translation"
                  f"{'s are' if len(found.unused) != 1 else ' is'} for text the site no "
                  "longer has")


def _customise(args: argparse.Namespace) -> int:
    project = _project(args)
    theme = project.theme_dir
    if not args.name:
        print("Templates you can copy and change (plainsight customise NAME):\n  "
              + "\n  ".join(names(theme)))
        return 0
    overrides = project.overrides_dir or Path(args.config_file).resolve().parent / "overrides"
    try:
        copied = customise(args.name, theme, overrides)
    except CustomiseRefused as err:
        print(err, file=sys.stderr)
        return 1
    print(f"Copied to {copied}. Edit it there; it is used instead of the packaged one.")
    if project.overrides_dir is None:
        print(f"Add 'custom_dir: {overrides.name}' under 'theme:' in mkdocs.yml so that the "
              "build uses it.")
    return 0


def _new(folder: Path) -> int:
    try:
        create(folder)
    except StarterRefused as err:
        print(err, file=sys.stderr)
        return 1
    print(f"Wrote a starter site into {folder}. Next:\n  cd {folder}\n  plainsight check\n"
          "  plainsight serve")
    return 0


def _build(config_file: Path, site_dir: str | None) -> int:
    from .build import BuildFailed, build
    try:
        site = build(config_file, Path(site_dir) if site_dir else None)
    except BuildFailed as err:
        print(f"The build failed; the previous site was left as it was.\n{err}", file=sys.stderr)
        return 1
    print(f"Built the site into {site}")
    return 0


def _serve(config_file: Path, dev_addr: str | None) -> int:
    """MkDocs' own server: content problems show in the browser (see plugin.py)."""
    from mkdocs.commands.serve import serve
    options = {"dev_addr": dev_addr} if dev_addr else {}
    serve(config_file=str(config_file), **options)
    return 0
