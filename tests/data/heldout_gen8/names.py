"""Name data with rough real-world frequencies (census-like weights, top-heavy)."""

def _p(s):
    out = []
    for tok in s.split(","):
        tok = tok.strip()
        if not tok:
            continue
        n, w = tok.rsplit(":", 1)
        out.append((n.strip(), float(w)))
    return out

GROUPS = {
    # group: (population weight, surnames, male first, female first)
    "anglo": (44, _p("""Smith:100,Johnson:80,Williams:66,Brown:60,Jones:58,Miller:48,Davis:46,Wilson:31,Anderson:29,
        Taylor:28,Thomas:28,Moore:27,Martin:26,Thompson:25,White:25,Harris:23,Clark:21,Lewis:20,Robinson:19,Walker:20,
        Young:18,Allen:18,King:18,Wright:17,Scott:17,Hill:16,Green:16,Adams:15,Nelson:15,Baker:15,Hall:15,Campbell:13,
        Mitchell:13,Carter:13,Roberts:13,Phillips:12,Evans:12,Turner:12,Parker:12,Collins:11,Edwards:11,Stewart:11,
        Morris:11,Murphy:11,Cook:11,Rogers:11,Morgan:10,Cooper:10,Peterson:10,Reed:10,Bailey:10,Bell:10,Kelly:10,
        Howard:10,Ward:10,Cox:9,Richardson:9,Wood:9,Watson:9,Brooks:9,Bennett:9,Gray:9,Hughes:9,Price:8,Sanders:8,
        Myers:8,Long:8,Ross:8,Foster:8,Sullivan:8,O'Brien:5,O'Connor:5,McDonald:6,MacDonald:3,St. John:2,Van Dyke:2,
        Schmidt:6,Mueller:4,Schneider:5,Olson:7,Larson:6,Hanson:6,Fitzgerald:4,Thomson:2,Johnston:6,Jensen:5,
        Meyer:5,Weber:4,Becker:4,Hoffman:5,Klein:4,Wagner:5,Fischer:3,Kowalczyk:0.5,Novak:3,Dvorak:1"""),
        _p("""James:36,John:34,Robert:33,Michael:38,William:26,David:30,Richard:16,Joseph:16,Thomas:15,Christopher:24,
        Charles:11,Daniel:20,Matthew:18,Anthony:12,Mark:10,Donald:6,Steven:11,Paul:8,Andrew:11,Joshua:13,Kenneth:6,
        Kevin:9,Brian:10,George:5,Timothy:7,Ronald:5,Edward:6,Jason:12,Jeffrey:7,Ryan:10,Jacob:7,Gary:4,Nicholas:8,
        Eric:7,Jonathan:7,Stephen:6,Justin:8,Scott:5,Brandon:8,Benjamin:6,Samuel:5,Gregory:5,Alexander:5,Patrick:5,
        Frank:3,Raymond:3,Dennis:3,Tyler:6,Aaron:5,Adam:5,Nathan:5,Zachary:5,Kyle:5,Travis:4,Cody:4,Dustin:3,Derek:3"""),
        _p("""Mary:12,Patricia:6,Jennifer:16,Linda:5,Elizabeth:12,Barbara:3,Susan:5,Jessica:14,Sarah:12,Karen:5,Lisa:7,
        Nancy:3,Sandra:3,Margaret:4,Ashley:12,Kimberly:9,Emily:8,Donna:3,Michelle:9,Amanda:11,Melissa:9,Deborah:3,
        Stephanie:9,Rebecca:6,Laura:6,Heather:6,Amy:6,Angela:6,Nicole:8,Christina:5,Katherine:5,Samantha:6,Rachel:5,
        Danielle:5,Alexandra:3,Kathleen:3,Megan:6,Lauren:6,Brittany:5,Erin:4,Kelly:4,Courtney:4"""),),
    "black": (12, _p("""Williams:90,Johnson:85,Smith:70,Jones:60,Brown:60,Jackson:50,Davis:45,Thomas:35,Harris:35,
        Robinson:33,Taylor:30,Wilson:30,Moore:30,White:25,Washington:25,Jefferson:10,Walker:25,Thompson:25,Lewis:22,
        Green:22,Hall:18,Coleman:15,Banks:12,Freeman:10,Mosley:8,Booker:8,Gaines:8,Dorsey:7,Okafor:3,Mensah:2"""),
        _p("""Michael:20,James:15,Anthony:12,Marcus:12,Christopher:12,Darnell:6,DeShawn:6,Tyrone:5,Jamal:7,Andre:8,
        Terrell:5,Jaylen:4,Brandon:10,Kevin:8,Derrick:8,Cedric:4,Reginald:4,D'Andre:3,Malik:5,Isaiah:5,Robert:9,William:8"""),
        _p("""Keisha:6,LaToya:5,Tamika:5,Aaliyah:4,Imani:4,Jasmine:9,Ebony:5,Shanice:4,Destiny:4,Tiffany:7,Angela:6,
        Monique:5,Crystal:6,Danielle:5,Ashley:8,Brittany:6,Kimberly:5,Patricia:4"""),),
    "hispanic": (30, _p("""Garcia:90,Rodriguez:85,Martinez:80,Hernandez:75,Lopez:65,Gonzalez:62,Perez:50,Sanchez:45,
        Ramirez:40,Torres:33,Flores:32,Rivera:31,Gomez:28,Diaz:28,Reyes:25,Morales:23,Cruz:23,Ortiz:22,Gutierrez:22,
        Chavez:21,Ramos:21,Ruiz:19,Alvarez:19,Mendoza:19,Vasquez:18,Castillo:18,Jimenez:18,Moreno:18,Romero:17,
        Herrera:17,Medina:16,Aguilar:16,Garza:16,Castro:15,Vargas:15,Fernandez:15,Guzman:14,Munoz:14,Salazar:13,
        Soto:12,De La Cruz:6,De Leon:6,Villarreal:8,Trevino:8,Cantu:7,Salinas:8,Rios:10,Delgado:10,Pena:10,Nunez:9,
        Ibanez:3,Espinoza:8,Dominguez:9,Navarro:8,Contreras:9,Sandoval:8,Guerrero:9,Estrada:8"""),
        _p("""Jose:40,Juan:30,Luis:24,Carlos:24,Jesus:16,Jorge:14,Miguel:16,Francisco:12,Antonio:12,Alejandro:10,Manuel:10,
        Ricardo:8,Roberto:9,Alberto:7,Eduardo:8,Javier:9,Fernando:7,Raul:6,Hector:6,Sergio:6,Mario:6,Ramon:5,Ruben:5,
        Oscar:6,Adrian:6,Andres:4,Enrique:4,Ignacio:2,Guadalupe:2,Jose Luis:8,Juan Carlos:7,Juan Jose:3,Daniel:9,David:8"""),
        _p("""Maria:45,Ana:12,Rosa:6,Guadalupe:7,Carmen:6,Laura:7,Veronica:6,Claudia:6,Gabriela:6,Sofia:4,Adriana:6,
        Alejandra:5,Yesenia:4,Marisol:4,Leticia:4,Maria Elena:6,Maria Guadalupe:5,Dolores:2,Graciela:2,Consuelo:1,
        Jessica:6,Vanessa:5,Monica:5,Elizabeth:5"""),),
    "vietnamese": (3, _p("""Nguyen:40,Tran:11,Le:9,Pham:7,Huynh:5,Phan:4,Vu:4,Vo:4,Dang:3,Bui:3,Do:3,Ho:3,Ngo:3,Duong:2,Ly:2"""),
        _p("""Minh:8,Tuan:7,Hung:6,Huy:6,Nam:5,Long:5,Duc:5,Quang:4,Hai:4,Vinh:4,Thanh:5,Khanh:3,Peter:3,Tony:4,Kevin:5,David:4,Daniel:4"""),
        _p("""Linh:6,Anh:6,Phuong:5,Hoa:4,Lan:4,Mai:5,Trang:5,Thao:4,Ngoc:4,Tiffany:3,Jenny:4,Vivian:3"""),),
    "korean": (2, _p("""Kim:45,Lee:30,Park:18,Choi:10,Jung:6,Kang:5,Cho:5,Yoon:4,Jang:4,Lim:4"""),
        _p("""Ji-hoon:5,Min-jun:5,Hyun-woo:4,Sung-min:4,Young-ho:3,Daniel:8,David:8,John:6,Joseph:4,Paul:4,Andrew:4"""),
        _p("""Seo-yeon:4,Ji-woo:4,Eun-ji:4,Min-ji:4,Grace:6,Christine:5,Jennifer:4,Esther:4,Sarah:4,Kimberly:2"""),),
    "chinese": (2, _p("""Wang:12,Li:12,Zhang:10,Liu:9,Chen:14,Yang:6,Huang:7,Zhao:4,Wu:6,Zhou:4,Lin:8,Chan:7,Wong:10,Chang:7,Lee:8"""),
        _p("""Wei:6,Hao:4,Ming:4,Jun:4,Kevin:8,Michael:8,Eric:6,Jason:6,Andrew:5,Jonathan:4"""),
        _p("""Jing:5,Xin:4,Yan:4,Mei:4,Jennifer:7,Michelle:6,Grace:5,Amy:5,Vivian:4"""),),
    "indian": (2, _p("""Patel:30,Singh:18,Shah:8,Kumar:8,Sharma:7,Gupta:5,Reddy:5,Rao:4,Desai:4,Mehta:4,Iyer:2"""),
        _p("""Raj:5,Amit:5,Rahul:5,Sunil:4,Anil:4,Deepak:4,Vikram:4,Arjun:4,Harpreet:3,Gurpreet:3,Manpreet:2"""),
        _p("""Priya:6,Neha:5,Pooja:5,Anjali:4,Deepa:3,Harpreet:2,Kavita:3"""),),
    "arabic": (2, _p("""Ali:12,Khan:10,Ahmed:12,Hassan:9,Hussein:6,Mohamed:8,Ibrahim:6,Abdullah:5,Saleh:4,Haddad:4,Khoury:3,
        Nasser:3,Al-Hussein:2,El-Amin:2,Abdel-Rahman:2,Farah:3,Omar:3"""),
        _p("""Mohammed:10,Mohamed:8,Muhammad:6,Ahmed:7,Ahmad:4,Omar:6,Ali:5,Youssef:3,Yusuf:3,Khalid:4,Hassan:4,Samir:3,Tariq:3"""),
        _p("""Fatima:6,Aisha:5,Mariam:4,Layla:4,Noor:3,Sara:4,Yasmin:4,Hana:3"""),),
    "polish": (2, _p("""Kowalski:8,Nowak:9,Wisniewski:6,Wojcik:5,Kowalczyk:5,Kaminski:5,Lewandowski:5,Zielinski:4,
        Szymanski:4,Wozniak:4,Dabrowski:4,Kozlowski:5,Jankowski:4,Mazur:4,Krawczyk:3"""),
        _p("""Piotr:4,Krzysztof:3,Tomasz:4,Pawel:3,Michal:3,Mark:4,Thomas:4,Michael:4,Peter:4,Adam:4"""),
        _p("""Agnieszka:3,Katarzyna:3,Malgorzata:2,Anna:5,Joanna:4,Magdalena:3,Monika:3"""),),
}

# accented canonical forms (how the person writes it; some sources strip them)
ACCENTED = {
    "Rodriguez": "Rodríguez", "Martinez": "Martínez", "Hernandez": "Hernández", "Lopez": "López",
    "Gonzalez": "González", "Perez": "Pérez", "Sanchez": "Sánchez", "Ramirez": "Ramírez", "Gomez": "Gómez",
    "Diaz": "Díaz", "Gutierrez": "Gutiérrez", "Chavez": "Chávez", "Alvarez": "Álvarez", "Vasquez": "Vásquez",
    "Jimenez": "Jiménez", "Munoz": "Muñoz", "Pena": "Peña", "Nunez": "Núñez", "Fernandez": "Fernández",
    "Ibanez": "Ibáñez", "Dominguez": "Domínguez", "Trevino": "Treviño", "Cantu": "Cantú", "De Leon": "De León",
    "Rios": "Ríos", "Jose": "José", "Jesus": "Jesús", "Raul": "Raúl", "Hector": "Héctor", "Ramon": "Ramón",
    "Ruben": "Rubén", "Oscar": "Óscar", "Adrian": "Adrián", "Andres": "Andrés", "Maria": "María", "Sofia": "Sofía",
    "Veronica": "Verónica", "Monica": "Mónica", "Jose Luis": "José Luis", "Juan Jose": "Juan José",
    "Maria Elena": "María Elena", "Maria Guadalupe": "María Guadalupe",
    "Nguyen": "Nguyễn", "Tran": "Trần", "Le": "Lê", "Pham": "Phạm", "Huynh": "Huỳnh", "Vu": "Vũ", "Vo": "Võ",
    "Dang": "Đặng", "Bui": "Bùi", "Do": "Đỗ", "Ho": "Hồ", "Ngo": "Ngô", "Duong": "Dương", "Ly": "Lý",
    "Duc": "Đức", "Phuong": "Phương", "Thao": "Thảo", "Ngoc": "Ngọc", "Khanh": "Khánh", "Tuan": "Tuấn",
    "Hung": "Hùng", "Vinh": "Vĩnh",
    "Wisniewski": "Wiśniewski", "Wojcik": "Wójcik", "Kaminski": "Kamiński", "Zielinski": "Zieliński",
    "Szymanski": "Szymański", "Wozniak": "Woźniak", "Dabrowski": "Dąbrowski", "Kozlowski": "Kozłowski",
    "Pawel": "Paweł", "Michal": "Michał", "Malgorzata": "Małgorzata",
}

VIET_MIDDLE_M = ["Van", "Duc", "Minh", "Quoc", "Huu", "Thanh"]
VIET_MIDDLE_F = ["Thi", "Ngoc", "Thanh", "Kim", "Bich"]

NICK_EN = {
    "William": ["Bill", "Will", "Billy"], "Robert": ["Bob", "Rob", "Bobby"], "Elizabeth": ["Liz", "Beth", "Betsy"],
    "Alexander": ["Alex"], "Alexandra": ["Alex"], "Christopher": ["Chris"], "Christina": ["Chris"],
    "Katherine": ["Kate", "Katie", "Kathy"], "Michael": ["Mike"], "James": ["Jim", "Jimmy"], "Anthony": ["Tony"],
    "Richard": ["Rick", "Dick"], "Joseph": ["Joe"], "Thomas": ["Tom"], "Daniel": ["Dan", "Danny"],
    "Matthew": ["Matt"], "Steven": ["Steve"], "Andrew": ["Andy", "Drew"], "Jennifer": ["Jen", "Jenny"],
    "Margaret": ["Maggie", "Peggy"], "Patricia": ["Pat", "Patty"], "Edward": ["Ed", "Eddie", "Ted"],
    "Timothy": ["Tim"], "Jonathan": ["Jon"], "Samuel": ["Sam"], "Benjamin": ["Ben"], "Nicholas": ["Nick"],
    "Gregory": ["Greg"], "Kenneth": ["Ken"], "Donald": ["Don"], "Ronald": ["Ron"], "Jeffrey": ["Jeff"],
    "Charles": ["Chuck", "Charlie"], "Susan": ["Sue"], "Deborah": ["Debbie", "Deb"], "Rebecca": ["Becky"],
    "Kimberly": ["Kim"], "Zachary": ["Zach"], "Joshua": ["Josh"], "Raymond": ["Ray"], "Stephen": ["Steve"],
}
NICK_ES = {
    "Alberto": ["Beto"], "Roberto": ["Beto"], "Jose": ["Pepe"], "Francisco": ["Paco", "Pancho"],
    "Guadalupe": ["Lupe"], "Jesus": ["Chuy"], "Ignacio": ["Nacho"], "Enrique": ["Kike"], "Eduardo": ["Lalo"],
    "Manuel": ["Manny"], "Dolores": ["Lola"], "Graciela": ["Chela"], "Consuelo": ["Chelo"],
}
