"""Makes the repository root importable, so ``-p tests.plugins.NAME`` works in tests."""
