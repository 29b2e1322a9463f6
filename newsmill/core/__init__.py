"""The newsmill host: hook specs, data model, plugin manager, config, runner and CLI.

Nothing here knows about Chinese or news; all of that lives in plugins.
"""
