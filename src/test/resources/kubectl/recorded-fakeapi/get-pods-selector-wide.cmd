get pods -l app=kubia -o wide
