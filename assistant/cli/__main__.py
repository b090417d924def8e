"""``python -m assistant.cli …``: the CLI without the console script."""

from . import main

if __name__ == "__main__":
    main()
