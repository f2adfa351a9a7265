create
