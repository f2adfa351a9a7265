apply -f inputs/svc-kubia2-v2.yaml
