complete --keep-order --exclusive --command lkctl --arguments "(COMPLETE=fish lkctl -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
