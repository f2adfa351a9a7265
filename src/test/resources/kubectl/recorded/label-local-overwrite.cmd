label --local -f inputs/pod-kubia.yaml app=api --overwrite
