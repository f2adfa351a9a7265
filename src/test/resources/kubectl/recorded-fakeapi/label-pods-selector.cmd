label pods -l app=kubia tier=backend
