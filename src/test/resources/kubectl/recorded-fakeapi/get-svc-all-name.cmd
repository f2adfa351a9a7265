get svc -o name
