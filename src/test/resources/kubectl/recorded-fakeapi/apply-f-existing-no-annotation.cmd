apply -f inputs/svc-kubia.yaml
