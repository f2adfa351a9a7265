create deployment d --image=registry.example.com:5000/team/app:v1 --dry-run=client -o yaml
