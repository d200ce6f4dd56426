"""`python -m cli ...` runs what the `kutip` console script runs."""

from cli.main import main

main()
