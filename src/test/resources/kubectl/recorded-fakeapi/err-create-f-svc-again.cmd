create -f inputs/svc-kubia2.yaml
