"""``python -m assistant.cli …``: the CLI without the console script."""

from assistant.cli import main

if __name__ == "__main__":
    main()
