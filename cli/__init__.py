"""The `kutip` command, on top of every layer: it reads the settings, opens storage, runs the pipeline
and hands answers to `bot.render`; `kutip bot` and `kutip chat` start the front ends.

It sits beside `bot/` rather than inside `kutip/` so that the core imports nothing above it.
"""
