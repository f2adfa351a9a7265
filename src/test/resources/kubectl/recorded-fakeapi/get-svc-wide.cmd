get svc -o wide
