"""Small plugins used by the tests to replace or extend each stage (``-p tests.plugins.NAME``)."""
