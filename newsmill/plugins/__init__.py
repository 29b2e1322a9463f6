"""Built-in stage plugins, each registered under the ``newsmill`` entry point group."""
