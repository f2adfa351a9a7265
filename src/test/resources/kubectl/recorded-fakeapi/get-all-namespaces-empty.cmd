get configmaps -A
