"""CLI: adds a ``greet`` command that uses the configured pipeline."""

from __future__ import annotations

import click

from newsmill.core.hookspecs import hookimpl


@click.command()
@click.argument("text")
@click.pass_context
def greet(ctx: click.Context, text: str) -> None:
    """Print how many articles the pipeline finds in TEXT.

    \b
    Examples:
      newsmill -p tests.plugins.cli_greet greet "hello"
    """
    from newsmill.core.cli import make_pipeline

    doc = make_pipeline(ctx).process(text)
    click.echo(f"greetings: {len(doc.articles)} article(s)")


@hookimpl
def newsmill_cli(cli: click.Group) -> None:
    cli.add_command(greet)
