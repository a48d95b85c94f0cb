"""The `nashra-cli` subcommands, one module per group; each has `register(subparsers)`."""
