"""The ``newsmill`` command line.

Plugins are loaded only when a command needs them: ``newsmill --help`` and
``newsmill --version`` import none.  Commands added by plugins (through the
``newsmill_cli`` hook) are found when they are asked for by name and are
listed by ``newsmill plugins``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from newsmill import __version__

EXIT_USAGE = 2
EXIT_FAILED_DOCS = 1
CORE_COMMANDS = ("run", "plugins", "pipeline", "show", "clean")


class Settings:
    """Plugin selection and config gathered from the group and command options."""

    def __init__(self) -> None:
        self.plugin_specs: list[str] = []
        self.config_file: str | None = None
        self.strict: bool = False
        self._pipeline: Any = None

    def add(self, specs: Sequence[str] = (), config_file: str | None = None,
            strict: bool = False) -> None:
        """Merge options given at one level of the command line."""
        self.plugin_specs.extend(specs)
        self.config_file = config_file or self.config_file
        self.strict = self.strict or strict


def fail(message: str, code: int = EXIT_USAGE) -> None:
    """Print one error line and exit."""
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def make_pipeline(ctx: click.Context, overrides: dict[str, Any] | None = None) -> Any:
    """Build (once) the pipeline configured by the command line and config files."""
    from newsmill.core.config import ConfigError, load_config
    from newsmill.core.pipeline import Pipeline
    from newsmill.core.plugins import PluginLoadError, parse_selection

    settings: Settings = ctx.find_root().ensure_object(Settings)
    if settings._pipeline is not None and not overrides:
        return settings._pipeline
    load, block = parse_selection(settings.plugin_specs)
    try:
        found = load_config(settings.config_file)  # checks the file's own keys first
        pipeline = Pipeline(plugins=load, disable=block, config_file=found.file,
                            config=overrides or None, strict_plugins=settings.strict or None)
    except ConfigError as e:
        fail(str(e))
    except PluginLoadError as e:
        fail(str(e))
    for info in pipeline.host.failures():
        click.echo(f"Warning: plugin {info.name!r} failed to load: {info.error}", err=True)
    if not overrides:
        settings._pipeline = pipeline
    return pipeline


def plugin_options(f: Any) -> Any:
    """``-p``, ``--config`` and ``--strict-plugins``, accepted by the group and each command."""
    def store(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        s = ctx.find_root().ensure_object(Settings)
        if param.name == "plugin" and value:
            s.add(specs=value)
        elif param.name == "config" and value:
            s.add(config_file=value)
        elif param.name == "strict_plugins" and value:
            s.add(strict=True)
        return value

    f = click.option("-p", "plugin", multiple=True, expose_value=False, callback=store,
                     metavar="NAME", help="Load plugin NAME (entry-point name or module path); "
                                          "-p no:NAME blocks it.")(f)
    f = click.option("--config", type=click.Path(dir_okay=False), expose_value=False,
                     callback=store, help="Config file (default: newsmill.toml or "
                                          "[tool.newsmill] in pyproject.toml, found upward).")(f)
    f = click.option("--strict-plugins", is_flag=True, expose_value=False, callback=store,
                     help="A plugin that fails to load is an error.")(f)
    return f


class NewsmillGroup(click.Group):
    """A group that asks plugins for commands it does not know, only when needed."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """A built-in command, or one added by a plugin (loading plugins only then)."""
        cmd = super().get_command(ctx, cmd_name)
        if cmd is not None or ctx.resilient_parsing:
            return cmd
        pipeline = make_pipeline(ctx)
        extra = plugin_commands(pipeline)
        return extra.get(cmd_name)


def plugin_commands(pipeline: Any) -> dict[str, click.Command]:
    """Commands added by plugins: ``{name: command}``."""
    group = click.Group()
    for impl in pipeline.host.impls("newsmill_cli"):
        try:
            impl.function(cli=group)
        except Exception as exc:
            click.echo(f"Warning: plugin {impl.plugin_name!r} failed to add its commands: "
                       f"{type(exc).__name__}: {exc}", err=True)
    return dict(group.commands)


@click.group(cls=NewsmillGroup, context_settings={"help_option_names": ["-h", "--help"]},
             epilog="Plugins may add commands: `newsmill plugins` lists them.")
@click.version_option(__version__, "--version", prog_name="newsmill")
@plugin_options
def cli() -> None:
    """newsmill: turn noisy news pages into clean articles and traceable records.

    \b
    Examples:
      newsmill run samples/                 # process a folder into ./newsmill-out
      newsmill run page.txt -o out --format jsonl --format sqlite
      newsmill plugins                      # what is loaded, and from where
      newsmill -p no:some-plugin pipeline   # the stages without one plugin
    """


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from None


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    import codecs

    try:
        return codecs.lookup(value).name
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None


def encoding_option(f: Any) -> Any:
    """``--encoding``: the text encoding readers should use instead of detecting one."""
    return click.option("--encoding", callback=_check_encoding, default=None, metavar="NAME",
                        help="Decode text files with this encoding (e.g. gb18030, big5) "
                             "instead of detecting it.")(f)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(file_okay=False), default=None,
              help="Output folder (default ./newsmill-out).")
@click.option("--format", "formats", multiple=True, metavar="NAME",
              help="Output format; repeat for several (default sqlite).")
@click.option("--executor", default=None, help="Executor name (default serial, or processes "
                                                "when --workers > 1).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker count (default 1, or one per core for a pool executor).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Address of a cluster scheduler, for executors that use one (e.g. dask).")
@click.option("--pub-date", callback=_parse_date, default=None, metavar="DATE",
              help="Publication date when the page does not give one (YYYY-MM-DD).")
@encoding_option
@click.option("--force", is_flag=True, help="Reprocess documents a cache says are unchanged.")
@click.option("--profile", is_flag=True, help="Print time spent in each plugin.")
@click.option("-q", "--quiet", is_flag=True, help="No progress and no summary.")
@plugin_options
@click.pass_context
def run(ctx: click.Context, paths: tuple[str, ...], output: str | None,
        formats: tuple[str, ...], executor: str | None, workers: int | None,
        scheduler: str | None,
        pub_date: dt.date | None, encoding: str | None, force: bool, profile: bool,
        quiet: bool) -> None:
    """Process pages (files or folders) and write every selected format.

    \b
    Examples:
      newsmill run samples/
      newsmill run pages/ -o out --format jsonl --format html --workers 2
      newsmill run pages/ --executor dask --scheduler tcp://10.0.0.5:8786
      newsmill run page.txt --pub-date 2021-01-21 -p no:some-annotator
    """
    from newsmill.core.run import RunError, execute

    pipeline = make_pipeline(ctx)
    conf = pipeline.config.run
    out_dir = Path(output or conf.get("output") or "newsmill-out")
    formats = formats or tuple(conf.get("formats") or ("sqlite",))
    executor = executor or conf.get("executor")
    # a pool without a worker count gets one worker per core
    workers = workers or conf.get("workers") or (
        os.cpu_count() or 1 if executor not in (None, "serial") else 1)
    executor = executor or ("processes" if workers > 1 else "serial")
    if pub_date is None and conf.get("pub_date"):
        pub_date = dt.date.fromisoformat(conf["pub_date"])
    if encoding is None and conf.get("encoding"):
        encoding = _check_encoding(ctx, None, conf["encoding"])  # type: ignore[arg-type]
    show_progress = not quiet and sys.stderr.isatty()

    def progress(source: str, n: int) -> None:
        click.echo(f"\r{n} documents… {source[-60:]}".ljust(80), err=True, nl=False)

    try:
        summary = execute(pipeline, list(paths), out_dir, list(formats), executor, workers,
                          pub_date=pub_date, force=force, encoding=encoding,
                          on_progress=progress if show_progress else None,
                          executor_options={"scheduler": scheduler} if scheduler else None)
    except RunError as e:
        fail(str(e))
    if show_progress:
        click.echo("", err=True)
    if not quiet:
        click.echo(summary.line(), err=True)
        click.echo(f"output: {out_dir}", err=True)
    if profile:
        click.echo(profile_table(pipeline.instrument.snapshot()), err=True)
    if summary.failed or summary.errors:
        ctx.exit(EXIT_FAILED_DOCS)


def profile_table(timings: dict[tuple[str, str], list[float]]) -> str:
    """Time per plugin as a table, slowest first."""
    rows = sorted(timings.items(), key=lambda kv: -kv[1][1])
    lines = [f"{'stage':<10} {'plugin':<32} {'calls':>7} {'seconds':>9}"]
    for (stage, plugin), (n, s) in rows:
        lines.append(f"{stage:<10} {plugin:<32} {int(n):>7} {s:>9.3f}")
    return "\n".join(lines)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Output JSON.")
@plugin_options
@click.pass_context
def plugins(ctx: click.Context, as_json: bool) -> None:
    """List every plugin: name, version, distribution, origin and hooks.

    \b
    Examples:
      newsmill plugins
      newsmill plugins --json
      newsmill -p no:some-plugin plugins
    """
    pipeline = make_pipeline(ctx)
    infos = [i.to_dict() for i in pipeline.plugins()]
    commands = {}
    for impl in pipeline.host.impls("newsmill_cli"):
        group = click.Group()
        try:
            impl.function(cli=group)
        except Exception as exc:
            click.echo(f"Warning: plugin {impl.plugin_name!r} failed to add its commands: "
                       f"{type(exc).__name__}: {exc}", err=True)
        commands[impl.plugin_name] = sorted(group.commands)
    for info in infos:
        info["commands"] = commands.get(info["name"], [])
    if as_json:
        click.echo(json.dumps(infos, indent=2, ensure_ascii=False))
        return
    for i in infos:
        kind = "built-in" if i["builtin"] else "third-party"
        where = i["distribution"] or i["module"]
        line = f"{i['name']:<24} {i['version'] or '-':<10} {kind:<12} {i['status']:<8} {where}"
        click.echo(line)
        if i["error"]:
            click.echo(f"    error: {i['error']}")
        if i["hooks"]:
            click.echo(f"    hooks: {', '.join(i['hooks'])}")
        if i["commands"]:
            click.echo(f"    commands: {', '.join(i['commands'])}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Output JSON.")
@plugin_options
@click.pass_context
def pipeline(ctx: click.Context, as_json: bool) -> None:
    """Show the stages in order and the plugins serving each.

    \b
    Examples:
      newsmill pipeline
      newsmill -p no:some-cleaner pipeline --json
    """
    p = make_pipeline(ctx)
    data = {"stages": p.stages(),
            "formats": {k: v[0] for k, v in sorted(p.writers().items())},
            "executors": {k: v[0] for k, v in sorted(p.executors().items())}}
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    for stage, names in data["stages"].items():
        click.echo(f"{stage:<10} {' → '.join(names) if names else '(none)'}")
    click.echo(f"{'formats':<10} {', '.join(f'{k} ({v})' for k, v in data['formats'].items())}")
    click.echo(f"{'executors':<10} {', '.join(f'{k} ({v})' for k, v in data['executors'].items())}")


def _load_one(ctx: click.Context, file: str, stages: tuple[str, ...] | None = None,
              encoding: str | None = None) -> Any:
    """Read and process one file; print its errors on stderr."""
    p = make_pipeline(ctx)
    source = next(iter(p.sources([file])))
    if encoding:
        source.metadata.setdefault("encoding", encoding)
    docs = p.read(source)
    doc = docs[0]
    if not doc.failed or doc.raw:
        p.process_document(doc, stages=stages)
    for prob in doc.problems:
        if prob.level == "error":
            click.echo(f"Error: {doc.source}: {prob.stage} ({prob.plugin}): {prob.message}", err=True)
    return doc


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Output the whole document as JSON.")
@encoding_option
@plugin_options
@click.pass_context
def show(ctx: click.Context, file: str, as_json: bool, encoding: str | None) -> None:
    """Show one document's articles, mentions and records, each value beside its raw evidence.

    \b
    Examples:
      newsmill show samples/page.txt
      newsmill show samples/page.txt --json | less
    """
    doc = _load_one(ctx, file, encoding=encoding)
    if as_json:
        click.echo(json.dumps(doc.to_dict(with_raw=False), ensure_ascii=False, indent=1))
        ctx.exit(EXIT_FAILED_DOCS if doc.failed else 0)
    known = doc.meta.pub_date or doc.meta.year  # a year known alone (e.g. text-year) is shown as such
    date = f"{known} ({doc.meta.pub_date_source})" if known else "unknown"
    click.secho(f"{doc.source}  id={doc.id}  pub_date={date}", bold=True)
    for a in doc.articles:
        click.secho(f"\n[article {a.index}] {a.headline or '(no headline)'}", bold=True)
        for k in ("kicker", "source", "dateline"):
            if getattr(a, k):
                click.echo(f"  {k}: {getattr(a, k)}")
        if a.reporters:
            click.echo(f"  reporters: {', '.join(a.reporters)}")
        for r in (r for r in doc.records if r.article == a.index):
            ev = r.evidence[0].text if r.evidence else ""
            click.echo(f"  {r.kind}: {ev!r}")
            for name, f in r.fields.items():
                fev = f.evidence[0].text if f.evidence else ""
                click.echo(f"      {name} = {f.value!r}" + (f"   ← {fev!r}" if fev else ""))
        for m in (m for m in doc.mentions if m.article == a.index):
            click.echo(f"    {m.kind:<9} {m.value!r:<40} ← {doc.raw[m.raw_start:m.raw_end]!r}")
    for p in doc.problems:
        click.echo(f"{p.level}: {p.stage} ({p.plugin}): {p.message}")
    ctx.exit(EXIT_FAILED_DOCS if doc.failed else 0)


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--diff", is_flag=True, help="Show what changed, raw beside clean.")
@encoding_option
@plugin_options
@click.pass_context
def clean(ctx: click.Context, file: str, diff: bool, encoding: str | None) -> None:
    """Print the cleaned text of a file (only reading and cleaning run).

    \b
    Examples:
      newsmill clean page.txt
      newsmill clean page.txt --diff
    """
    doc = _load_one(ctx, file, stages=("clean",), encoding=encoding)
    if doc.failed:
        ctx.exit(EXIT_FAILED_DOCS)
    if not diff:
        click.echo(doc.clean)
        return
    for r0, r1, raw, new in merge_adjacent(diff_runs(doc)):
        click.echo(f"{r0:>7}-{r1:<7} {raw!r} → {new!r}")
    for r in sorted(doc.regions, key=lambda r: r.raw_start):
        note = f" ({r.note})" if r.note else ""
        click.echo(f"{r.raw_start:>7}-{r.raw_end:<7} [{r.kind}{note}] {doc.raw[r.raw_start:r.raw_end]!r}")
    for p in doc.problems:
        where = f"{p.raw_start:>7}-{p.raw_end:<7} " if p.raw_start is not None else " " * 16
        click.echo(f"{where}{p.level}: {p.plugin}: {p.message}")


def merge_adjacent(runs: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Runs that touch in the raw text merged into one (``ab`` + ``(x)`` → ``ab(x)``)."""
    out: list[tuple[int, int, str, str]] = []
    for r0, r1, raw, new in runs:
        if out and out[-1][1] == r0:
            p0, _p1, praw, pnew = out[-1]
            out[-1] = (p0, r1, praw + raw, pnew + new)
        else:
            out.append((r0, r1, raw, new))
    return out


def diff_runs(doc: Any) -> list[tuple[int, int, str, str]]:
    """What cleaning changed, as ``(raw_start, raw_end, raw text, cleaned text)`` in raw order.

    Replaced segments are shown whole; in aligned (character for character)
    segments each run of changed characters is shown.
    """
    out = []
    for c0, c1, r0, r1, copy in doc.offsets.segments() if doc.offsets else []:
        if not copy:
            out.append((r0, r1, doc.raw[r0:r1], doc.clean[c0:c1]))
            continue
        i, n = 0, min(c1 - c0, r1 - r0)
        while i < n:
            if doc.raw[r0 + i] == doc.clean[c0 + i]:
                i += 1
                continue
            j = i
            while j < n and doc.raw[r0 + j] != doc.clean[c0 + j]:
                j += 1
            out.append((r0 + i, r0 + j, doc.raw[r0 + i:r0 + j], doc.clean[c0 + i:c0 + j]))
            i = j
    return out


def main() -> None:  # pragma: no cover - console script
    """Entry point of the ``newsmill`` console script."""
    cli(prog_name="newsmill")


if __name__ == "__main__":  # pragma: no cover
    main()
