apply -f inputs/multi.yaml
