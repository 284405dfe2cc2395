"""Background name pools for make.py (hand-written; weights are rough per-100k US
frequencies from public census-style surname/first-name rankings, rounded).

Each ethnic group: (share of registry population, surnames {name: weight},
male first names, female first names, optional middle-name pool per sex).
Law enforcement is roughly 85% male, so the female share below is set low.
"""

ANGLO_SURNAMES = {
    "Smith": 828, "Johnson": 655, "Williams": 550, "Brown": 487, "Jones": 483,
    "Miller": 384, "Davis": 369, "Wilson": 250, "Anderson": 237, "Taylor": 235,
    "Thomas": 233, "Moore": 213, "Jackson": 210, "Martin": 209, "Thompson": 195,
    "White": 194, "Harris": 185, "Clark": 168, "Lewis": 164, "Robinson": 162,
    "Walker": 160, "Young": 141, "Allen": 140, "King": 139, "Wright": 139,
    "Scott": 129, "Hill": 127, "Green": 126, "Adams": 123, "Baker": 118,
    "Nelson": 114, "Carter": 114, "Mitchell": 113, "Roberts": 107, "Campbell": 104,
    "Parker": 101, "Evans": 97, "Edwards": 92, "Collins": 91, "Stewart": 90,
    "Morris": 88, "Rogers": 82, "Reed": 82, "Cook": 81, "Morgan": 80, "Bell": 79,
    "Bailey": 77, "Cooper": 75, "Richardson": 74, "Cox": 73, "Howard": 72,
    "Ward": 72, "Peterson": 69, "Gray": 68, "Watson": 66, "Brooks": 65,
    "Sanders": 64, "Price": 63, "Bennett": 62, "Wood": 61, "Barnes": 60,
    "Ross": 59, "Henderson": 58, "Coleman": 58, "Jenkins": 57, "Perry": 57,
    "Powell": 56, "Long": 55, "Patterson": 55, "Hughes": 54, "Washington": 61,
    "Butler": 53, "Simmons": 53, "Foster": 52, "Bryant": 50, "Alexander": 50,
    "Russell": 50, "Griffin": 49, "Hayes": 48, "Myers": 48, "Ford": 47,
    "Hamilton": 47, "Graham": 46, "Sullivan": 46, "Wallace": 45, "Woods": 45,
    "Cole": 44, "West": 44, "Jordan": 44, "Owens": 43, "Fisher": 42, "Ellis": 42,
    "Harrison": 42, "Gibson": 41, "Freeman": 38, "Wells": 38, "Webb": 37,
    "Tucker": 36, "Porter": 36, "Hunter": 36, "Hicks": 36, "Crawford": 35,
    "Boyd": 35, "Mason": 35, "Warren": 34, "Dixon": 34, "Burns": 34, "Gordon": 34,
    "Shaw": 33, "Holmes": 33, "Rice": 33, "Robertson": 33, "Black": 32,
    "Daniels": 32, "Palmer": 32, "Mills": 32, "Grant": 31, "Knight": 31,
    "Ferguson": 31, "Stone": 30, "Hawkins": 30, "Dunn": 30, "Perkins": 30,
    "Hudson": 29, "Spencer": 29, "Stephens": 29, "Payne": 29, "Pierce": 28,
    "Berry": 28, "Matthews": 28, "Arnold": 28, "Wagner": 28, "Willis": 27,
    "Watkins": 27, "Olson": 27, "Carroll": 27, "Duncan": 26, "Snyder": 26,
    "Hart": 26, "Cunningham": 26, "Bradley": 26, "Lane": 25, "Andrews": 25,
    "Harper": 25, "Fox": 25, "Riley": 25, "Armstrong": 25, "Carpenter": 24,
    "Weaver": 24, "Greene": 24, "Lawrence": 24, "Elliott": 24, "Chavis": 8,
    "Banks": 22, "Jefferson": 20, "Booker": 12, "Mack": 10, "Dorsey": 10,
    "Hammond": 12, "Fletcher": 14, "Hendricks": 9, "Pritchard": 6, "Holloway": 10,
    "Fischer": 12, "Krause": 8, "Schmidt": 30, "Schneider": 14, "Meyer": 18,
    "Weber": 10, "Becker": 10, "Hoffman": 18, "Koch": 8, "Wolf": 10,
    "Russo": 10, "Romano": 8, "Bianchi": 2, "Esposito": 8, "Rossi": 5,
    "Marino": 8, "Gallo": 5, "Costa": 6, "DeLuca": 4, "Caruso": 4, "D'Angelo": 3,
    "Dubois": 3, "Lefebvre": 2, "Fontaine": 3, "Papadopoulos": 2, "Nielsen": 5,
    "Larsen": 8, "Hansen": 14, "Andersen": 4, "Lindqvist": 1, "Johansson": 3,
}

AFAM_SURNAMES = {
    "Johnson": 300, "Williams": 330, "Smith": 300, "Jones": 280, "Brown": 250,
    "Jackson": 240, "Davis": 200, "Thomas": 150, "Harris": 150, "Robinson": 130,
    "Washington": 160, "Jefferson": 60, "Banks": 50, "Coleman": 70, "Jenkins": 70,
    "Bryant": 60, "Simmons": 60, "Butler": 55, "Freeman": 50, "Gaines": 30,
    "Mosley": 25, "Hairston": 12, "Okafor": 8, "Okonkwo": 5, "Adeyemi": 5,
    "Mensah": 6, "Boateng": 4, "Diallo": 5, "Nwosu": 4, "Oduya": 1, "Owusu": 4,
    "Bell": 50, "Dorsey": 25, "Booker": 25, "Mack": 25, "Wiggins": 20, "Terrell": 15,
}

HISP_SURNAMES = {
    "Garcia": 858, "Rodriguez": 804, "Martinez": 776, "Hernandez": 706, "Lopez": 621,
    "Gonzalez": 597, "Perez": 464, "Sanchez": 442, "Ramirez": 389, "Torres": 325,
    "Flores": 312, "Rivera": 309, "Gomez": 274, "Diaz": 251, "Reyes": 235,
    "Morales": 224, "Cruz": 219, "Ortiz": 209, "Gutierrez": 191, "Chavez": 185,
    "Ramos": 178, "Ruiz": 170, "Alvarez": 160, "Mendoza": 159, "Castillo": 150,
    "Jimenez": 149, "Vasquez": 148, "Moreno": 148, "Romero": 144, "Herrera": 142,
    "Medina": 132, "Aguilar": 131, "Garza": 130, "Castro": 128, "Vargas": 122,
    "Fernandez": 118, "Guzman": 113, "Munoz": 112, "Mendez": 106, "Salazar": 104,
    "Soto": 101, "Delgado": 99, "Pena": 98, "Rios": 95, "Alvarado": 95,
    "Sandoval": 93, "Contreras": 89, "Valdez": 88, "Guerrero": 85, "Ortega": 84,
    "Estrada": 83, "Nunez": 80, "Maldonado": 77, "Vega": 77, "Dominguez": 74,
    "Espinoza": 71, "Villarreal": 50, "Cantu": 40, "Trevino": 45, "Zamora": 40,
    "Fuentes": 45, "Ibarra": 45, "Salinas": 45, "Villanueva": 35, "Castellano": 10,
    "De La Cruz": 50, "De Leon": 45, "Vela": 20, "Galvan": 25, "Saenz": 20,
    "Rangel": 20, "Arredondo": 12, "Cisneros": 25, "Zavala": 20,
}

VIET_SURNAMES = {
    "Nguyen": 437, "Tran": 155, "Le": 127, "Pham": 100, "Huynh": 52, "Hoang": 30,
    "Phan": 35, "Vu": 28, "Vo": 40, "Dang": 30, "Bui": 25, "Do": 25, "Ho": 30,
    "Ngo": 25, "Duong": 20, "Ly": 20, "Truong": 30, "Dinh": 15, "Lam": 30,
}

KOR_SURNAMES = {
    "Kim": 380, "Park": 125, "Lee": 210, "Choi": 45, "Jung": 30, "Kang": 25,
    "Cho": 25, "Yoon": 15, "Jang": 15, "Lim": 15, "Han": 20, "Shin": 20,
    "Seo": 10, "Kwon": 10, "Hwang": 15, "Song": 20, "Ahn": 15, "Yoo": 12,
}

CHN_SURNAMES = {
    "Wang": 135, "Chen": 140, "Li": 85, "Zhang": 80, "Liu": 75, "Yang": 60,
    "Huang": 50, "Zhao": 20, "Wu": 55, "Zhou": 20, "Lin": 65, "Chan": 40,
    "Wong": 80, "Ng": 20, "Cheung": 15, "Lau": 15, "Ma": 20, "Xu": 15, "Sun": 15,
    "Hu": 15, "Guo": 10, "He": 12, "Luo": 8, "Liang": 12, "Tang": 15, "Lee": 40,
}

ARAB_SURNAMES = {
    "Ali": 40, "Ahmed": 30, "Hassan": 25, "Mohamed": 20, "Ibrahim": 15,
    "Abdullah": 10, "Mahmoud": 10, "Saleh": 10, "Haddad": 10, "Khalil": 10,
    "Nasser": 8, "Mansour": 8, "Youssef": 8, "Al-Masri": 4, "Hussein": 12,
    "Al-Amin": 3, "Amin": 8, "Khoury": 6, "Farah": 6, "Aziz": 6, "Rahman": 8,
    "Alhassan": 2, "Al-Hassan": 2, "Haider": 4, "Saadi": 2, "Najjar": 4,
    "Khan": 40,
}

IRISH_SURNAMES = {
    "Murphy": 78, "Kelly": 70, "Sullivan": 46, "O'Brien": 40, "O'Connor": 35,
    "Ryan": 60, "Walsh": 35, "Byrne": 15, "O'Neill": 25, "O'Neil": 10,
    "Fitzgerald": 30, "Doyle": 25, "McCarthy": 35, "Kennedy": 45, "Flynn": 20,
    "Gallagher": 25, "Brennan": 20, "Burke": 25, "McDonald": 55, "MacDonald": 12,
    "McLaughlin": 20, "Quinn": 25, "Reilly": 20, "Donnelly": 12, "Doherty": 12,
    "Kavanagh": 6, "Callahan": 15, "Delaney": 10, "Moran": 18, "Regan": 8,
}

SLAVIC_SURNAMES = {
    # (masculine, feminine) where the feminine form differs
    ("Kowalski", "Kowalska"): 20, ("Nowak", "Nowak"): 15, ("Wisniewski", "Wisniewska"): 10,
    ("Wojcik", "Wojcik"): 10, ("Kaminski", "Kaminska"): 10, ("Lewandowski", "Lewandowska"): 10,
    ("Zielinski", "Zielinska"): 8, ("Ivanov", "Ivanova"): 12, ("Petrov", "Petrova"): 10,
    ("Smirnov", "Smirnova"): 8, ("Kuznetsov", "Kuznetsova"): 8, ("Popov", "Popova"): 8,
    ("Sokolov", "Sokolova"): 6, ("Novak", "Novak"): 15, ("Horvat", "Horvat"): 5,
    ("Shevchenko", "Shevchenko"): 6, ("Kovalenko", "Kovalenko"): 5, ("Bondarenko", "Bondarenko"): 4,
    ("Jankowski", "Jankowska"): 6, ("Mazur", "Mazur"): 6, ("Krawczyk", "Krawczyk"): 5,
    ("Kaczmarek", "Kaczmarek"): 4, ("Szymanski", "Szymanska"): 6, ("Kowalczyk", "Kowalczyk"): 5,
    ("Brzezinski", "Brzezinska"): 3, ("Lukaszewski", "Lukaszewska"): 2,
}

MALE_GENERAL = {
    "Michael": 260, "James": 330, "John": 330, "Robert": 310, "David": 260,
    "William": 240, "Richard": 150, "Joseph": 150, "Thomas": 140, "Christopher": 120,
    "Charles": 110, "Daniel": 110, "Matthew": 100, "Anthony": 90, "Mark": 80,
    "Donald": 70, "Steven": 70, "Paul": 70, "Andrew": 60, "Joshua": 60, "Kenneth": 60,
    "Kevin": 60, "Brian": 60, "George": 55, "Timothy": 50, "Ronald": 55, "Jason": 50,
    "Edward": 45, "Jeffrey": 45, "Ryan": 40, "Jacob": 35, "Gary": 40, "Nicholas": 35,
    "Eric": 35, "Jonathan": 35, "Stephen": 35, "Larry": 35, "Justin": 30, "Scott": 30,
    "Brandon": 30, "Benjamin": 28, "Samuel": 25, "Gregory": 25, "Frank": 25,
    "Patrick": 25, "Raymond": 25, "Dennis": 22, "Jerry": 22, "Tyler": 20, "Aaron": 20,
    "Adam": 20, "Nathan": 18, "Henry": 18, "Douglas": 18, "Peter": 16, "Kyle": 15,
    "Walter": 15, "Jeremy": 15, "Harold": 12, "Keith": 15, "Christian": 12,
    "Roger": 12, "Gerald": 12, "Carl": 12, "Terry": 12, "Sean": 15, "Austin": 10,
    "Arthur": 10, "Lawrence": 12, "Jesse": 12, "Dylan": 8, "Bryan": 10, "Jordan": 10,
    "Bruce": 8, "Albert": 10, "Alan": 8, "Wayne": 8, "Roy": 8, "Ralph": 6,
    "Randy": 8, "Eugene": 6, "Vincent": 8, "Russell": 8, "Louis": 8, "Philip": 8,
    "Travis": 8, "Shane": 6, "Chad": 6, "Derek": 6, "Cody": 6, "Colin": 4, "Owen": 4,
    "Connor": 4, "Francis": 4, "Marcus": 10, "Martin": 8, "Craig": 8, "Todd": 8,
}

MALE_AFAM = {
    "DeShawn": 8, "Tyrone": 10, "Jamal": 10, "Marcus": 15, "Darnell": 8, "Terrell": 8,
    "Andre": 10, "Reginald": 8, "Cedric": 8, "Demetrius": 6, "Jermaine": 8, "Malik": 6,
    "Darius": 6, "Lamar": 6, "Antoine": 5, "Maurice": 8, "Curtis": 8, "Derrick": 10,
    "Dwayne": 6, "Terrence": 6, "Andrew": 10, "Michael": 40, "James": 30, "Anthony": 20,
    "Kevin": 15, "Christopher": 20, "Robert": 20, "William": 15, "Ikechukwu": 1,
    "Chinedu": 1, "Kwame": 2, "Kofi": 2, "Emeka": 1,
}

FEMALE_GENERAL = {
    "Mary": 150, "Patricia": 60, "Jennifer": 60, "Linda": 40, "Elizabeth": 50,
    "Barbara": 25, "Susan": 30, "Jessica": 45, "Sarah": 40, "Karen": 30, "Lisa": 30,
    "Nancy": 20, "Margaret": 25, "Sandra": 25, "Ashley": 30, "Kimberly": 30,
    "Emily": 20, "Donna": 15, "Michelle": 25, "Carol": 12, "Amanda": 25,
    "Melissa": 25, "Deborah": 12, "Stephanie": 20, "Rebecca": 20, "Laura": 20,
    "Sharon": 10, "Cynthia": 12, "Kathleen": 12, "Amy": 15, "Angela": 15,
    "Anna": 12, "Brenda": 8, "Nicole": 15, "Samantha": 12, "Katherine": 12,
    "Christine": 10, "Rachel": 10, "Heather": 12, "Julie": 10, "Kelly": 10,
    "Lauren": 10, "Christina": 10, "Megan": 10, "Andrea": 8, "Danielle": 8,
    "Erin": 6, "Colleen": 4, "Paula": 4, "Frances": 3, "Louise": 2, "Erica": 6,
    "Roberta": 2, "Ann": 6, "Marie": 6,
}

FEMALE_AFAM = {
    "LaToya": 6, "Keisha": 5, "Tamika": 5, "Ebony": 5, "Aaliyah": 3, "Shanice": 3,
    "Tanisha": 4, "Jasmine": 6, "Imani": 3, "Monique": 4, "Crystal": 5,
    "Angela": 6, "Patricia": 5, "Michelle": 5,
}

MALE_HISP = {
    "Jose": 200, "Juan": 150, "Luis": 110, "Carlos": 110, "Jesus": 70, "Miguel": 70,
    "Francisco": 60, "Jorge": 55, "Antonio": 50, "Alejandro": 40, "Roberto": 40,
    "Manuel": 45, "Pedro": 35, "Ricardo": 35, "Fernando": 30, "Eduardo": 30,
    "Javier": 35, "Raul": 30, "Daniel": 30, "David": 30, "Mario": 25, "Sergio": 25,
    "Oscar": 25, "Hector": 25, "Ruben": 20, "Arturo": 20, "Alberto": 20,
    "Gerardo": 18, "Enrique": 15, "Victor": 18, "Rafael": 18, "Martin": 12,
    "Guillermo": 12, "Ramon": 12, "Armando": 12, "Alfredo": 10, "Julio": 10,
    "Andres": 10, "Angel": 12, "Adrian": 10, "Gabriel": 10, "Ernesto": 8,
    "Ignacio": 6, "Cesar": 10, "Jaime": 8, "Salvador": 8, "Jose Luis": 25,
    "Juan Carlos": 20, "Jose Antonio": 12, "Juan Manuel": 10, "Luis Alberto": 6,
    "Michael": 20, "Alex": 4,
}

FEMALE_HISP = {
    "Maria": 120, "Ana": 30, "Guadalupe": 15, "Rosa": 15, "Laura": 12,
    "Patricia": 12, "Elizabeth": 10, "Veronica": 12, "Adriana": 10, "Claudia": 10,
    "Gabriela": 10, "Alejandra": 10, "Leticia": 8, "Martha": 8, "Yolanda": 8,
    "Sandra": 8, "Monica": 8, "Araceli": 5, "Diana": 8, "Carmen": 8, "Silvia": 6,
    "Lucia": 5, "Teresa": 6, "Norma": 6, "Maria Elena": 8, "Maria Guadalupe": 6,
    "Ana Maria": 6, "Xiomara": 1, "Luz": 4, "Alexandra": 3,
}

MALE_VIET = {
    "Minh": 20, "Tuan": 18, "Hung": 15, "Duc": 12, "Thanh": 12, "Long": 10,
    "Quang": 8, "Huy": 10, "Khoa": 8, "Nam": 10, "Phuc": 6, "Dung": 8, "Vinh": 6,
    "Hai": 8, "Son": 8, "Trung": 8, "Cuong": 6, "Hieu": 6, "An": 6, "Binh": 6,
    "Bao": 6, "Tam": 5, "Kevin": 12, "Peter": 6, "Tony": 6, "Kelvin": 1,
}

FEMALE_VIET = {
    "Lan": 8, "Huong": 8, "Linh": 10, "Mai": 8, "Thao": 6, "Trang": 6, "Ngoc": 5,
    "Hoa": 5, "Phuong": 5, "Thuy": 5, "Hanh": 4, "Anh": 6, "Yen": 3, "Nhung": 3,
    "Tiffany": 4,
}

MALE_KOR = {
    "Min-jun": 6, "Ji-hoon": 6, "Seung-ho": 5, "Dong-hyun": 5, "Sung-min": 5,
    "Jae-won": 5, "Hyun-woo": 5, "Young-ho": 5, "Jin-woo": 4, "Sang-hoon": 4,
    "Tae-yang": 3, "Ji-ho": 3, "David": 10, "Daniel": 10, "John": 8, "Paul": 6,
    "Joseph": 6, "Steven": 5,
}

FEMALE_KOR = {
    "Ji-yeon": 4, "Seo-yeon": 3, "Min-ji": 4, "Eun-ji": 3, "Hye-jin": 3,
    "Soo-jin": 3, "Ji-won": 3, "Yoon-ah": 2, "Grace": 4, "Esther": 3, "Christine": 3,
}

MALE_CHN = {
    "Wei": 12, "Jian": 8, "Hao": 6, "Ming": 8, "Lei": 6, "Jun": 8, "Tao": 5,
    "Bo": 3, "Yong": 5, "Xiaoming": 3, "Zhiwei": 3, "Kevin": 15, "Eric": 12,
    "Jason": 12, "Michael": 12, "Andrew": 8, "Vincent": 6,
}

FEMALE_CHN = {
    "Jing": 6, "Mei": 5, "Ying": 5, "Xiaoli": 3, "Yan": 5, "Hui": 4, "Fang": 4,
    "Jennifer": 6, "Amy": 6, "Linda": 4, "Grace": 4,
}

MALE_ARAB = {
    "Mohammed": 15, "Muhammad": 15, "Mohamed": 15, "Ahmed": 12, "Ahmad": 8,
    "Ali": 10, "Omar": 10, "Khalid": 8, "Hassan": 8, "Hussein": 6, "Youssef": 5,
    "Ibrahim": 6, "Mustafa": 6, "Tariq": 5, "Karim": 5, "Samir": 5, "Fadi": 4,
    "Rami": 4, "Abdul": 5, "Abdullah": 5, "Bilal": 4, "Jamal": 4, "Joseph": 6,
    "George": 5, "Imran": 5, "Faisal": 4,
}

FEMALE_ARAB = {
    "Fatima": 5, "Aisha": 4, "Layla": 4, "Noor": 4, "Mariam": 4, "Amira": 3,
    "Rania": 3, "Yasmin": 3, "Huda": 2, "Salma": 3, "Sarah": 4,
}

MALE_IRISH = {
    "Patrick": 30, "Sean": 25, "Michael": 40, "John": 35, "James": 30, "Brian": 25,
    "Kevin": 25, "Thomas": 20, "Daniel": 20, "Ryan": 15, "Connor": 10, "Liam": 8,
    "Brendan": 8, "Kieran": 4, "Declan": 4, "Timothy": 10, "Dennis": 8, "Colin": 6,
}

FEMALE_IRISH = {
    "Mary": 20, "Siobhan": 3, "Kathleen": 8, "Bridget": 5, "Erin": 6, "Colleen": 5,
    "Maureen": 5, "Shannon": 6, "Kelly": 5, "Megan": 6, "Margaret": 8, "Eileen": 4,
}

MALE_SLAVIC = {
    "Aleksandr": 5, "Dmitry": 5, "Sergey": 5, "Andrei": 5, "Ivan": 4, "Nikolai": 3,
    "Vladimir": 3, "Yuri": 3, "Pavel": 3, "Mikhail": 3, "Piotr": 3, "Tomasz": 4,
    "Krzysztof": 3, "Marek": 4, "Oleksandr": 3, "Stanislav": 2, "Michael": 8,
    "John": 6, "Mark": 6, "Peter": 5, "Steven": 4, "Gregory": 4, "Joseph": 5,
}

FEMALE_SLAVIC = {
    "Olga": 3, "Natalia": 3, "Elena": 3, "Irina": 3, "Svetlana": 2, "Tatiana": 2,
    "Anna": 4, "Katarzyna": 2, "Agnieszka": 2, "Magdalena": 2, "Oksana": 2,
}

# group: (share, surnames, male, female, female_share)
GROUPS = {
    "anglo": (0.44, ANGLO_SURNAMES, MALE_GENERAL, FEMALE_GENERAL, 0.15),
    "afam": (0.12, AFAM_SURNAMES, MALE_AFAM, FEMALE_AFAM, 0.18),
    "hisp": (0.22, HISP_SURNAMES, MALE_HISP, FEMALE_HISP, 0.14),
    "viet": (0.04, VIET_SURNAMES, MALE_VIET, FEMALE_VIET, 0.12),
    "kor": (0.03, KOR_SURNAMES, MALE_KOR, FEMALE_KOR, 0.12),
    "chn": (0.03, CHN_SURNAMES, MALE_CHN, FEMALE_CHN, 0.12),
    "arab": (0.03, ARAB_SURNAMES, MALE_ARAB, FEMALE_ARAB, 0.10),
    "irish": (0.06, IRISH_SURNAMES, MALE_IRISH, FEMALE_IRISH, 0.15),
    "slavic": (0.03, SLAVIC_SURNAMES, MALE_SLAVIC, FEMALE_SLAVIC, 0.12),
}
