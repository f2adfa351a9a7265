delete configmaps --all
