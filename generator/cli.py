"""Command line: `python -m generator check|build|urls`.

Public API: main(argv=None) -> exit code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core import urls
from .core.problems import ContentError
from .pipeline import Project, check, generate


def _project(args: argparse.Namespace) -> Project:
    return Project(Path(args.content), Path(args.data), Path(args.theme),
                   cache_dir=Path(".cache/plainsight"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator",
                                     description="Build and check a Plainsight site.")
    parser.add_argument("--content", default="content", help="content folder (default: content)")
    parser.add_argument("--data", default="data", help="data folder (default: data)")
    parser.add_argument("--theme", default="theme",
                        help="theme folder with the page templates (default: theme)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check content and data without building; list every problem")
    build_cmd = commands.add_parser("build", help="check, then build the site into site/")
    build_cmd.add_argument("--config-file", default="mkdocs.yml")
    build_cmd.add_argument("--site-dir", default=None)
    commands.add_parser("urls", help="print every public URL the site publishes")
    args = parser.parse_args(argv)

    try:
        if args.command == "check":
            check(_project(args))
            print("No problems found.")
        elif args.command == "urls":
            bundle = generate(_project(args))
            for src in sorted(urls.url(s) for s in bundle.srcs()):
                print(src)
        else:
            from .build import BuildFailed, build
            try:
                site = build(Path(args.config_file), Path(args.site_dir) if args.site_dir else None)
            except BuildFailed as err:
                print(f"The build failed; the previous site was left as it was.\n{err}",
                      file=sys.stderr)
                return 1
            print(f"Built the site into {site}")
    except ContentError as err:
        print(err.report(), file=sys.stderr)
        return 1
    return 0
