import CNCursesW
import ZhurnalApp
