label --local -f inputs/pod-kubia.yaml app=bad/value/x
