exec nosuch -- ls
