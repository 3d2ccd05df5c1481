from hirt_desk.cli import main

raise SystemExit(main())
