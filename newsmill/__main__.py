"""``python -m newsmill``: the same as the ``newsmill`` command."""

from newsmill.core.cli import main

if __name__ == "__main__":
    main()
