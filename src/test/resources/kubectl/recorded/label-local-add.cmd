label --local -f inputs/pod-kubia.yaml env=prod
