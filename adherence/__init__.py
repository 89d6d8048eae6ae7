"""Shared plumbing of the adherence ML platform: settings, the Silver simulator and
the ``adherence`` command line. Settings import nothing else of the platform; the CLI
sits on top of everything."""
