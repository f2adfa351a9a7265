create deployment web --image=nginx
